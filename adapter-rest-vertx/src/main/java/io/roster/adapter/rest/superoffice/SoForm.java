package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.adapter.rest.http.FormBody;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonProblems;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A form body ({@code application/x-www-form-urlencoded}) as the JSON of a User: flat properties,
 * nested ones as {@code Person.Lastname}, list items by index as {@code OtherGroups[0].Id} (or
 * {@code OtherGroups[0][Id]}). {@code sentAs} maps each list item's position in the JSON to the
 * name the form gave it ({@code OtherGroups[0]} was sent as {@code OtherGroups[7]}), so that errors
 * name fields as they were sent.
 */
record SoForm(JsonObject fields, Map<String, String> sentAs) {
  SoForm {
    sentAs = Map.copyOf(sentAs);
  }

  /**
   * A form's fields as a JSON object: {@code Person.Lastname=x} is {@code {"Person": {"Lastname":
   * "x"}}}, and list items are indexed, {@code OtherGroups[0].Id=2} (also {@code
   * OtherGroups[0][Id]=2}) is {@code {"OtherGroups": [{"Id": "2"}]}}, gaps between indices closed;
   * the body is read in its charset ({@link FormBody}).
   */
  static SoForm read(RoutingContext ctx) {
    Map<String, String> pairs = new LinkedHashMap<>();
    FormBody.read(ctx).forEach(entry -> pairs.put(entry.getKey(), entry.getValue()));
    Map<String, Object> fields = new LinkedHashMap<>();
    // Lists are held sparse (by index) until the end, so a large index allocates nothing.
    pairs.forEach((name, value) -> put(fields, FormPath.parse(name), value));
    Map<String, String> sentAs = new LinkedHashMap<>();
    return new SoForm(new JsonObject(compact(fields, "", "", sentAs)), sentAs);
  }

  /**
   * One form field's name split into property names and list indices: a property, then any of
   * {@code .Property}, {@code [Property]} and {@code [index]} (up to nine ASCII digits).
   */
  private record FormPath(List<Object> steps) {
    private static final String HINT =
        "is not a form field of a User; write Person.Lastname or OtherGroups[0].Id";

    static FormPath parse(String name) {
      if (name.isEmpty()) {
        throw new HttpProblem(
            400, "A form field has no name; write Person.Lastname or OtherGroups[0].Id.");
      }
      List<Object> steps = new ArrayList<>();
      int i = property(name, 0, steps);
      while (i < name.length()) {
        char c = name.charAt(i);
        if (c == '.') {
          i = property(name, i + 1, steps);
        } else if (c == '[') {
          int close = name.indexOf(']', i);
          String inner = close < 0 ? "" : name.substring(i + 1, close);
          if (inner.isEmpty() || inner.indexOf('[') >= 0 || inner.indexOf('.') >= 0) {
            throw new HttpProblem(400, name, HINT);
          }
          if (inner.chars().allMatch(d -> d >= '0' && d <= '9')) {
            if (inner.length() > 9) {
              throw new HttpProblem(
                  400, name, "is not a form field of a User: the index is too large");
            }
            steps.add(Integer.parseInt(inner));
          } else {
            steps.add(inner);
          }
          i = close + 1;
        } else {
          throw new HttpProblem(400, name, HINT);
        }
      }
      return new FormPath(steps);
    }

    /** Reads the property name at {@code from}; where it ends. */
    private static int property(String name, int from, List<Object> steps) {
      int to = from;
      while (to < name.length() && ".[]".indexOf(name.charAt(to)) < 0) {
        to++;
      }
      if (to == from) {
        throw new HttpProblem(400, name, HINT);
      }
      steps.add(name.substring(from, to));
      return to;
    }
  }

  /**
   * Puts {@code value} at {@code path}: maps for objects, sorted maps of index to item for lists.
   */
  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> fields, FormPath path, String value) {
    Map<Object, Object> parent = (Map<Object, Object>) (Map<?, ?>) fields;
    List<Object> steps = path.steps();
    for (int i = 0; i < steps.size() - 1; i++) {
      Object step = steps.get(i);
      boolean list = steps.get(i + 1) instanceof Integer;
      Object child = parent.get(step);
      if (!(child instanceof Map) || list != (child instanceof TreeMap)) {
        child = list ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>();
        parent.put(step, child);
      }
      parent = (Map<Object, Object>) child;
    }
    // An empty field is no value, as an empty XML element is.
    parent.put(steps.get(steps.size() - 1), value.isEmpty() ? null : value);
  }

  /**
   * The maps of {@link #put} as JSON, a list's items by index in order; {@code path} and {@code
   * sent} are where {@code object} is, as JSON numbers it and as the form did.
   */
  private static Map<String, Object> compact(
      Map<?, ?> object, String path, String sent, Map<String, String> sentAs) {
    Map<String, Object> json = new LinkedHashMap<>();
    object.forEach(
        (key, value) -> {
          String prefix = path.isEmpty() ? "" : path + ".";
          String sentPrefix = sent.isEmpty() ? "" : sent + ".";
          json.put((String) key, compactValue(value, prefix + key, sentPrefix + key, sentAs));
        });
    return json;
  }

  private static Object compactValue(
      Object value, String path, String sent, Map<String, String> sentAs) {
    if (value instanceof TreeMap<?, ?> items) {
      List<Object> list = new ArrayList<>();
      items.forEach(
          (index, item) -> {
            String itemPath = path + "[" + list.size() + "]";
            String itemSent = sent + "[" + index + "]";
            if (!itemPath.equals(itemSent)) {
              sentAs.put(itemPath, itemSent);
            }
            list.add(compactValue(item, itemPath, itemSent, sentAs));
          });
      return new JsonArray(list);
    }
    if (value instanceof Map<?, ?> object) {
      return new JsonObject(compact(object, path, sent, sentAs));
    }
    return value;
  }

  /** What the form got wrong, in a form's terms and with the field names it sent. */
  String problem(JsonProcessingException e) {
    String path = asSent(JsonProblems.path(e).replace(".[", "["));
    String what = JsonProblems.describe(e).replaceFirst(" \\(line \\d+, column \\d+\\)$", "");
    if (what.equals("must be a JSON array")) {
      what = "is a list: write " + path + "[0].Id=...";
    } else if (what.equals("must be a JSON object")) {
      what = "has properties: write " + path + ".Id=...";
    }
    return path.isEmpty() ? what : path + " " + what;
  }

  /** {@code path} ({@code OtherGroups[0].Id}) as the form named it ({@code OtherGroups[7].Id}). */
  String asSent(String path) {
    String longest = "";
    for (String item : sentAs.keySet()) {
      boolean within =
          path.equals(item) || path.startsWith(item + ".") || path.startsWith(item + "[");
      if (within && item.length() > longest.length()) {
        longest = item;
      }
    }
    return longest.isEmpty() ? path : sentAs.get(longest) + path.substring(longest.length());
  }
}
