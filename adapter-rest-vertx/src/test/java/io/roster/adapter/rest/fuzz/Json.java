package io.roster.adapter.rest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON as the fuzzer writes it: a value is null, a {@link Boolean}, a {@link Number}, a {@link
 * String}, an {@link Obj} (whose members may repeat a name), an {@link Arr} or {@link Raw} text
 * written as it is (a number beyond any range, an escaped lone surrogate, a broken fragment).
 */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** An object: its members in order, a name perhaps more than once. */
  record Obj(List<Map.Entry<String, Object>> members) {
    Obj() {
      this(new ArrayList<>());
    }

    Obj put(String name, Object value) {
      members.add(new SimpleEntry<>(name, value));
      return this;
    }
  }

  /** An array. */
  record Arr(List<Object> items) {
    Arr() {
      this(new ArrayList<>());
    }

    Arr add(Object item) {
      items.add(item);
      return this;
    }
  }

  /** Text written into the JSON as it is. */
  record Raw(String text) {}

  static Object parse(String json) {
    try {
      return from(MAPPER.readTree(json));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object from(JsonNode node) {
    if (node.isObject()) {
      Obj obj = new Obj();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        obj.put(field.getKey(), from(field.getValue()));
      }
      return obj;
    }
    if (node.isArray()) {
      Arr arr = new Arr();
      node.forEach(item -> arr.add(from(item)));
      return arr;
    }
    if (node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    return node.asText();
  }

  /** A deep copy, so that a template is never changed by a mutation. */
  static Object copy(Object value) {
    if (value instanceof Obj obj) {
      Obj copy = new Obj();
      obj.members().forEach(m -> copy.put(m.getKey(), copy(m.getValue())));
      return copy;
    }
    if (value instanceof Arr arr) {
      Arr copy = new Arr();
      arr.items().forEach(item -> copy.add(copy(item)));
      return copy;
    }
    return value;
  }

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Obj obj) {
      out.append('{');
      for (int i = 0; i < obj.members().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(obj.members().get(i).getKey(), out);
        out.append(':');
        write(obj.members().get(i).getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Arr arr) {
      out.append('[');
      for (int i = 0; i < arr.items().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(arr.items().get(i), out);
      }
      out.append(']');
    } else if (value instanceof Raw raw) {
      out.append(raw.text());
    } else if (value instanceof String text) {
      string(text, out);
    } else {
      out.append(value);
    }
  }

  /**
   * A JSON string: quotes, backslashes and control characters escaped (so that a NUL is sent as
   * {@code \u0000}); every other character as it is, the markers of raw bytes included.
   */
  static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder();
    string(text, out);
    return out.toString();
  }
}
