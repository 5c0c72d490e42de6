package io.roster.adapter.rest.superoffice.patch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * How large a JSON value is: its length as compact JSON (escapes aside: a string counts its
 * characters and its two quotes), and its depth, the objects and arrays nested in one another down
 * to its deepest value ({@code 1} for {@code {}} or {@code [1]}, {@code 0} for a scalar), as the
 * codec's nesting limit counts them.
 */
record JsonSize(long length, int depth) {

  /**
   * The size of {@code node}. Recursive: callers measure documents no deeper than a body may nest
   * and values within it.
   */
  static JsonSize of(JsonNode node) {
    if (node.isObject()) {
      long length = node.size() == 0 ? 2 : node.size() + 1;
      int depth = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        JsonSize value = of(member.getValue());
        length += member.getKey().length() + 3 + value.length();
        depth = Math.max(depth, value.depth());
      }
      return new JsonSize(length, depth + 1);
    }
    if (node.isArray()) {
      long length = node.size() == 0 ? 2 : node.size() + 1;
      int depth = 0;
      for (JsonNode element : node) {
        JsonSize value = of(element);
        length += value.length();
        depth = Math.max(depth, value.depth());
      }
      return new JsonSize(length, depth + 1);
    }
    if (node.isTextual()) {
      return new JsonSize(node.textValue().length() + 2L, 0);
    }
    return new JsonSize(node.asText().length(), 0);
  }
}
