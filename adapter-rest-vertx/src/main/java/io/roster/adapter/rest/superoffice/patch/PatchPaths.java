package io.roster.adapter.rest.superoffice.patch;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;

/** The paths of JSON Patch operations, read against the document they apply to. */
final class PatchPaths {
  /** RFC 6901's name for the element after an array's last one. */
  static final String END = "-";

  private PatchPaths() {}

  /**
   * The segments of {@code path}, a pointer with or without its leading slash, counted without
   * reading it: {@code 0} for the whole document, {@code 2} for {@code /Person/Lastname}.
   */
  static int segments(String path) {
    if (path.isEmpty()) {
      return 0;
    }
    int segments = path.startsWith("/") ? 0 : 1;
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '/') {
        segments++;
      }
    }
    return segments;
  }

  /**
   * {@code path} as an RFC 6901 pointer into {@code document} spelled as the document spells it: a
   * leading slash added if missing, each property segment replaced by the document's property of
   * the same name ignoring case (where there is one). Array indexes, {@code -} and names the
   * document does not have are kept as given.
   */
  static String realPath(JsonNode document, String path) {
    if (path.isEmpty()) {
      return path;
    }
    JsonPointer given = JsonPointer.compile(path.startsWith("/") ? path : "/" + path);
    JsonPointer real = JsonPointer.empty();
    JsonNode node = document;
    for (JsonPointer rest = given; !rest.matches(); rest = rest.tail()) {
      String segment = rest.getMatchingProperty();
      if (node != null && node.isObject()) {
        segment = propertyIgnoringCase(node, segment);
        node = node.get(segment);
      } else if (node != null && node.isArray() && rest.mayMatchElement()) {
        node = node.get(rest.getMatchingIndex());
      } else {
        node = null;
      }
      real = real.appendProperty(segment);
    }
    return real.toString();
  }

  /**
   * Where {@code path} (a pointer {@link #realPath} made) uses {@code -} for an array of {@code
   * document}: the pointer of that array, and whether the {@code -} is the path's last segment.
   * Empty when it does not ({@code -} in an object is a name like any other).
   */
  static Optional<ArrayEnd> arrayEnd(JsonNode document, String path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    JsonPointer array = JsonPointer.empty();
    JsonNode node = document;
    for (JsonPointer rest = JsonPointer.compile(path); !rest.matches(); rest = rest.tail()) {
      String segment = rest.getMatchingProperty();
      if (node == null) {
        break;
      } else if (node.isArray() && segment.equals(END)) {
        return Optional.of(new ArrayEnd(array.toString(), rest.tail().matches()));
      } else if (node.isObject()) {
        node = node.get(segment);
      } else if (node.isArray() && rest.mayMatchElement()) {
        node = node.get(rest.getMatchingIndex());
      } else {
        node = null;
      }
      array = array.appendProperty(segment);
    }
    return Optional.empty();
  }

  /**
   * A {@code -} in a path that names the end of an array.
   *
   * @param array the array's pointer ({@code /OtherGroups})
   * @param last whether the {@code -} ends the path (else the path goes on beyond it)
   */
  record ArrayEnd(String array, boolean last) {}

  /** The name {@code object} spells {@code name} with: the same, else the first ignoring case. */
  static String propertyIgnoringCase(JsonNode object, String name) {
    if (object.has(name)) {
      return name;
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String candidate = names.next();
      if (candidate.equalsIgnoreCase(name)) {
        return candidate;
      }
    }
    return name;
  }
}
