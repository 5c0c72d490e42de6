package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.JsonProblems;
import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.XmlCodec;
import io.roster.adapter.rest.superoffice.support.Patches;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dialect's bodies and answers in JSON, XML or (bodies only) a form. XML has the JSON property
 * names as element names; a user's root element is {@code UserWithLinks} in answers and must be
 * {@code User} or {@code UserWithLinks} in requests; a list's items are wrapped in their property
 * ({@code <OtherGroups><OtherGroups><Id>5</Id>...</OtherGroups></OtherGroups>}), as written; an
 * empty element is null. A form ({@code application/x-www-form-urlencoded}) has flat properties,
 * nested ones as {@code Person.Lastname}, list items as {@code OtherGroups[0].Id}. XML is read by the hardened {@link XmlCodec}: a DOCTYPE's
 * entities are never declared, so a document using one is a 400.
 */
final class SoBodies {
  static final List<String> JSON = List.of("application/json", "text/json");
  static final List<String> XML = List.of("application/xml", "text/xml");
  static final String FORM = "application/x-www-form-urlencoded";
  static final List<String> BODIES = List.of("application/json", "text/json", "application/xml", "text/xml", FORM);
  /** What an answer is written in. */
  static final List<String> ANSWERS = List.of("application/json", "text/json", "application/xml", "text/xml");

  /** What an answer may be asked in: the seed lists the two patch types too, answered as JSON. */
  private static final List<String> ACCEPTED =
      List.of("application/json", "text/json", "application/xml", "text/xml", Patches.JSON_PATCH, Patches.MERGE_PATCH);

  static final String USER_ROOT = "UserWithLinks";
  private static final List<String> ROOTS = List.of("User", USER_ROOT);
  private static final String ANSWER_TYPE = "roster.so.answer";

  private final JsonCodec json;
  private final XmlCodec xml;

  SoBodies(JsonCodec json, XmlCodec xml) {
    this.json = json;
    this.xml = xml;
  }

  /** A body as read: the user, and its properties as sent (for {@code Prefer: handling=strict}). */
  record Read(SoUser user, JsonObject raw) {}

  /** A page of users as XML writes it: {@code <value><UserWithLinks>...</UserWithLinks></value>}. */
  record SoUsers(
      @JacksonXmlElementWrapper(localName = "value") @JacksonXmlProperty(localName = USER_ROOT) @JsonProperty("value")
          List<SoUser> value,
      @JsonProperty("odata.nextLink") String nextLink) {}

  /**
   * Answers in the media type the request's {@code Accept} takes first: JSON for JSON or {@code
   * *}/{@code *}, XML for {@code application/xml} or {@code text/xml}; {@code application/json} for
   * either patch type, since an answer is a user, not a patch.
   *
   * @throws HttpProblem 406 when it takes none
   */
  static void answerIn(RoutingContext ctx) {
    String type = negotiate(ctx);
    ctx.put(ANSWER_TYPE, type);
    ctx.response().putHeader("Content-Type", type + "; charset=utf-8");
  }

  /** One of {@link #ANSWERS}, as the request's {@code Accept} asks. @throws HttpProblem 406 */
  private static String negotiate(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, ACCEPTED, ANSWERS);
    return type.equals(Patches.JSON_PATCH) || type.equals(Patches.MERGE_PATCH) ? "application/json" : type;
  }

  /** Whether the answer is XML (also for failures: XML when Accept takes it before JSON). */
  static boolean xml(RoutingContext ctx) {
    String type = ctx.get(ANSWER_TYPE);
    if (type == null) {
      try {
        type = negotiate(ctx);
      } catch (HttpProblem notAcceptable) {
        return false;
      }
    }
    return XML.contains(type);
  }

  /**
   * The answer {@code body} (JSON, of {@code type}) in the media type negotiated: as it is for JSON,
   * else as XML with {@code root} as its root element.
   */
  Buffer answer(RoutingContext ctx, Buffer body, Class<?> type, String root) {
    if (!xml(ctx)) {
      return body;
    }
    try {
      return xml.write(json.read(body, type), root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be read back", e);
    }
  }

  /** {@code value} (any object) in the media type negotiated. */
  Buffer answer(RoutingContext ctx, Object value, String root) {
    return xml(ctx) ? xml.write(value, root) : json.write(value);
  }

  /**
   * The request's user, from JSON, XML or a form.
   *
   * @throws HttpProblem 400 when there is none, 415 for another media type
   * @throws SuperOfficeRoutes.MalformedBody when it is not a User in its media type
   */
  Read user(RoutingContext ctx) {
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    String type = essence(ctx.request().getHeader("Content-Type"));
    boolean form = type.equals(FORM);
    if (!form && (body == null || body.length() == 0)) {
      throw new HttpProblem(400, "Entity to save is not in request body");
    }
    MediaTypes.requireBody(ctx, BODIES);
    try {
      if (XML.contains(type)) {
        String root = xml.rootName(body);
        if (!ROOTS.contains(root)) {
          throw new HttpProblem(400, "The root element of an XML body must be User or UserWithLinks, not " + root + ".");
        }
        SoUser user = xml.read(body, SoUser.class);
        JsonNode tree = xml.read(body, JsonNode.class);
        return new Read(user, tree == null || !tree.isObject() ? new JsonObject() : new JsonObject(json.write(tree)));
      }
      if (form) {
        Form fields = form(ctx, body);
        if (fields.fields().isEmpty()) {
          throw new HttpProblem(400, "Entity to save is not in request body");
        }
        try {
          return new Read(json.read(fields.fields().toBuffer(), SoUser.class), fields.fields());
        } catch (JsonProcessingException e) {
          throw new HttpProblem(400, "The form is not a valid User: " + formProblem(e, fields));
        }
      }
      return new Read(json.read(body, SoUser.class), json.readObject(body));
    } catch (JsonProcessingException e) {
      throw new SuperOfficeRoutes.MalformedBody(e);
    } catch (ClassCastException e) {
      throw new HttpProblem(400, "The request body must be a JSON object.");
    }
  }

  /**
   * A form's fields as a JSON object: {@code Person.Lastname=x} is {@code {"Person": {"Lastname":
   * "x"}}}, and list items are indexed, {@code OtherGroups[0].Id=2} (also {@code
   * OtherGroups[0][Id]=2}) is {@code {"OtherGroups": [{"Id": "2"}]}}, gaps between indices closed.
   */
  private static Form form(RoutingContext ctx, Buffer body) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (body != null && body.length() > 0) {
      for (String pair : body.toString(StandardCharsets.UTF_8).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        pairs.put(decode(equals < 0 ? pair : pair.substring(0, equals)), equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    } else {
      ctx.request().formAttributes().forEach(entry -> pairs.put(entry.getKey(), entry.getValue()));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    // Lists are held sparse (by index) until the end, so a large index allocates nothing.
    pairs.forEach((name, value) -> put(fields, FormPath.parse(name), value));
    Map<String, String> sentAs = new LinkedHashMap<>();
    return new Form(new JsonObject(compact(fields, "", "", sentAs)), sentAs);
  }

  /**
   * A form as JSON, and for each list item the name the form gave it ({@code OtherGroups[0]} was
   * sent as {@code OtherGroups[7]}), so that errors name fields as they were sent.
   */
  private record Form(JsonObject fields, Map<String, String> sentAs) {
    /** {@code path} ({@code OtherGroups[0].Id}) as the form named it ({@code OtherGroups[7].Id}). */
    String asSent(String path) {
      String longest = "";
      for (String item : sentAs.keySet()) {
        boolean within = path.equals(item) || path.startsWith(item + ".") || path.startsWith(item + "[");
        if (within && item.length() > longest.length()) {
          longest = item;
        }
      }
      return longest.isEmpty() ? path : sentAs.get(longest) + path.substring(longest.length());
    }
  }

  /**
   * One form field's name split into property names and list indices: a property, then any of
   * {@code .Property}, {@code [Property]} and {@code [index]} (up to nine ASCII digits).
   */
  private record FormPath(List<Object> steps) {
    private static final String HINT = "is not a form field of a User; write Person.Lastname or OtherGroups[0].Id";

    static FormPath parse(String name) {
      if (name.isEmpty()) {
        throw new HttpProblem(400, "A form field has no name; write Person.Lastname or OtherGroups[0].Id.");
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
              throw new HttpProblem(400, name, "is not a form field of a User: the index is too large");
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

  /** Puts {@code value} at {@code path}: maps for objects, sorted maps of index to item for lists. */
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
  private static Map<String, Object> compact(Map<?, ?> object, String path, String sent, Map<String, String> sentAs) {
    Map<String, Object> json = new LinkedHashMap<>();
    object.forEach((key, value) -> {
      String prefix = path.isEmpty() ? "" : path + ".";
      String sentPrefix = sent.isEmpty() ? "" : sent + ".";
      json.put((String) key, compactValue(value, prefix + key, sentPrefix + key, sentAs));
    });
    return json;
  }

  private static Object compactValue(Object value, String path, String sent, Map<String, String> sentAs) {
    if (value instanceof TreeMap<?, ?> items) {
      List<Object> list = new ArrayList<>();
      items.forEach((index, item) -> {
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

  /** What a form got wrong, in a form's terms and with the field names it sent. */
  private static String formProblem(JsonProcessingException e, Form form) {
    String path = form.asSent(JsonProblems.path(e).replace(".[", "["));
    String what = JsonProblems.describe(e).replaceFirst(" \\(line \\d+, column \\d+\\)$", "");
    if (what.equals("must be a JSON array")) {
      what = "is a list: write " + path + "[0].Id=...";
    } else if (what.equals("must be a JSON object")) {
      what = "has properties: write " + path + ".Id=...";
    }
    return path.isEmpty() ? what : path + " " + what;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(400, "The form body is not URL-encoded: " + e.getMessage());
    }
  }

  private static String essence(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code POST /api/v1/User/Validate}'s answer in XML, where a property name ({@code
   * OtherGroups[1]}) cannot be an element name: {@code <FieldErrors><FieldError><Field>...</Field>
   * <Message>...</Message></FieldError></FieldErrors>}.
   */
  record FieldErrors(
      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "FieldError") @JsonProperty("FieldError")
          List<FieldError> errors) {
    static FieldErrors of(Map<String, String> errors) {
      return new FieldErrors(
          errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
    }
  }

  /** One property at fault and its messages. */
  record FieldError(@JsonProperty("Field") String field, @JsonProperty("Message") String message) {}
}
