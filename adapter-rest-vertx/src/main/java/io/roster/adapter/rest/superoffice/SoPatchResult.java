package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a patched user means as a request body. In a body, a property left out (or null) keeps the
 * stored value; in a patch, removing a property ({@code remove}, or {@code null} in a merge patch)
 * must remove it. So a property the user showed and the patch removed becomes its empty value here:
 * no item ({@code {"Id": 0}}), an empty list or map, a Person with nothing. {@code Deleted} and
 * {@code IsPersonRetired} cannot be removed (say {@code false}), and read-only properties cannot be
 * changed: both are errors.
 */
final class SoPatchResult {
  private SoPatchResult() {}

  private static final Set<String> READ_ONLY =
      Set.of("AssociateId", "Lastlogin", "Lastlogout", "TableRight", "FieldProperties", "_Links");
  private static final Set<String> NOT_REMOVABLE = Set.of("Deleted", "IsPersonRetired");
  private static final Set<String> ITEMS = Set.of("Role", "UserGroup");
  private static final Set<String> LISTS =
      Set.of("OtherGroups", "TicketCategories", "Credentials", "LicenseOwners");
  private static final Set<String> MAPS = Set.of("Person", "ExtraFields", "CustomFields");

  /**
   * {@code patched} (the result of applying a patch to {@code shown}) with every removed property
   * made explicitly empty.
   *
   * @throws ValidationFailed naming each read-only property changed and each property that cannot
   *     be removed
   */
  static ObjectNode of(JsonNode shown, ObjectNode patched) {
    Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    patched.fieldNames().forEachRemaining(name -> names.put(name, name));
    List<FieldError> errors = new ArrayList<>();
    ObjectNode result = patched.deepCopy();
    for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode before = entry.getValue();
      String sent = names.get(name);
      JsonNode after = sent == null ? null : patched.get(sent);
      boolean removed = !isNull(before) && isNull(after);
      if (READ_ONLY.contains(name)) {
        if (!before.equals(after == null ? JsonNodeFactory.instance.nullNode() : after)) {
          errors.add(
              new FieldError(
                  name, FieldError.Code.NOT_ALLOWED, "is read-only: a patch cannot change it"));
        }
      } else if (removed && NOT_REMOVABLE.contains(name)) {
        errors.add(
            new FieldError(
                name, FieldError.Code.REQUIRED, "cannot be removed: set it to true or false"));
      } else if (removed) {
        if (sent != null) {
          result.remove(sent);
        }
        result.set(name, empty(name));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    return result;
  }

  private static JsonNode empty(String name) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (ITEMS.contains(name)) {
      return nodes.objectNode().put("Id", 0);
    }
    if (LISTS.contains(name)) {
      return nodes.arrayNode();
    }
    if (MAPS.contains(name)) {
      return nodes.objectNode();
    }
    return nodes.nullNode();
  }

  private static boolean isNull(JsonNode node) {
    return node == null || node.isNull();
  }
}
