package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final JsonCodec JSON = new JsonCodec();

  private static final Set<String> READ_ONLY =
      Set.of("AssociateId", "Lastlogin", "Lastlogout", "TableRight", "FieldProperties", "_Links");
  private static final Set<String> NOT_REMOVABLE = Set.of("Deleted", "IsPersonRetired");
  private static final Set<String> ITEMS = Set.of("Role", "UserGroup");
  private static final Set<String> LISTS =
      Set.of("OtherGroups", "TicketCategories", "Credentials", "LicenseOwners");
  private static final Set<String> MAPS = Set.of("ExtraFields", "CustomFields");

  /** Roster's earlier names of Person's phone members -> SuperOffice's. */
  private static final Map<String, String> EARLIER_PERSON_NAMES =
      Map.of("phone", "DirectPhone", "mobile", "MobilePhone", "fax", "FaxPhone");

  private static final Pattern EARLIER_PERSON_PATH =
      Pattern.compile("/?person/(phone|mobile|fax)", Pattern.CASE_INSENSITIVE);

  /**
   * A patch body with Roster's earlier names of Person's phone members ({@code Phone}, {@code
   * Mobile}, {@code Fax}) as SuperOffice's ({@code DirectPhone}...), which the document it applies
   * to has: a merge patch's members of {@code Person} (unless it names both), a JSON Patch's {@code
   * path} and {@code from}. A body that is not JSON is returned as it is, for the patch to refuse.
   */
  static byte[] currentNames(byte[] patch) {
    JsonNode node;
    try {
      node = JSON.read(Buffer.buffer(patch == null ? new byte[0] : patch), JsonNode.class);
    } catch (JsonProcessingException | RuntimeException e) {
      return patch;
    }
    if (node == null) {
      return patch;
    }
    if (node.isArray()) {
      for (JsonNode operation : node) {
        if (operation instanceof ObjectNode object) {
          for (String member : List.of("path", "from")) {
            object.properties().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(member) && e.getValue().isTextual())
                .map(Map.Entry::getKey)
                .toList()
                .forEach(key -> object.put(key, currentPath(object.get(key).asText())));
          }
        }
      }
    } else if (node.isObject()) {
      node.properties().stream()
          .filter(e -> e.getKey().equalsIgnoreCase("Person") && e.getValue().isObject())
          .forEach(e -> renameEarlier((ObjectNode) e.getValue()));
    }
    return JSON.write(node).getBytes();
  }

  private static String currentPath(String path) {
    Matcher earlier = EARLIER_PERSON_PATH.matcher(path);
    if (!earlier.matches()) {
      return path;
    }
    return "/Person/" + EARLIER_PERSON_NAMES.get(earlier.group(1).toLowerCase(Locale.ROOT));
  }

  private static void renameEarlier(ObjectNode person) {
    Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    person.fieldNames().forEachRemaining(name -> names.put(name, name));
    EARLIER_PERSON_NAMES.forEach(
        (earlier, current) -> {
          String sent = names.get(earlier);
          if (sent != null && !names.containsKey(current)) {
            person.set(current, person.remove(sent));
          }
        });
  }

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
      } else if (name.equals("Person") && before.isObject() && after.isObject()) {
        result.set(sent, membersRemoved(before, (ObjectNode) after));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    return result;
  }

  /**
   * {@code after} with each member of {@code before} it no longer has set to null: {@code
   * Birthdate} left out of a body keeps the stored date, so a patch removing it must say null.
   */
  private static ObjectNode membersRemoved(JsonNode before, ObjectNode after) {
    ObjectNode result = after.deepCopy();
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    after.fieldNames().forEachRemaining(names::add);
    before
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!names.contains(name)) {
                result.putNull(name);
              }
            });
    return result;
  }

  private static JsonNode empty(String name) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (ITEMS.contains(name)) {
      return nodes.objectNode().put("Id", 0);
    }
    if (name.equals("Person")) {
      return nodes.objectNode().putNull("Birthdate");
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
