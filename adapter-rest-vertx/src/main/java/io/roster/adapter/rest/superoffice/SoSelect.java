package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.roster.adapter.rest.http.HttpProblem;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code $select=Name,Person/Firstname}: the properties to keep, ignoring case, {@code /} for a
 * property of a nested object; every other property is nulled out, as SuperOffice clears a .NET
 * carrier's members: a member that cannot be null there (a number, a flag, a date-time, the {@code
 * Type} enum) takes its default instead ({@code 0}, {@code false}, {@value SoDates#MIN}, {@code
 * Unknown}), so that a client generated from SuperOffice's schema still reads the answer. A
 * top-level name the representation does not have is a 400, given as the request is read: a write
 * with such a {@code $select} is refused before anything is written.
 */
final class SoSelect {
  /** The properties of a {@code UserWithLinks} ({@link SoUser}), in lower case. */
  private static final Set<String> PROPERTIES =
      Arrays.stream(SoUser.class.getAnnotation(JsonPropertyOrder.class).value())
          .map(name -> name.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  /** Selected property (lower case) -> the nested properties selected (empty: the whole value). */
  private final Map<String, List<String>> selected;

  private SoSelect(Map<String, List<String>> selected) {
    this.selected = selected;
  }

  /**
   * @return null when the request selects nothing (everything is shown)
   * @throws HttpProblem 400 when it names a property a {@code UserWithLinks} does not have
   */
  static SoSelect parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Map<String, List<String>> selected = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      String path = part.trim();
      if (path.isEmpty()) {
        continue;
      }
      String[] steps = path.split("/", 2);
      List<String> nested =
          selected.computeIfAbsent(
              steps[0].trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
      if (steps.length > 1) {
        nested.add(steps[1].trim().toLowerCase(Locale.ROOT));
      } else {
        nested.add("");
      }
    }
    requireKnown(selected.keySet().stream().filter(name -> !PROPERTIES.contains(name)).toList());
    return new SoSelect(selected);
  }

  private static void requireKnown(List<String> unknown) {
    if (!unknown.isEmpty()) {
      throw new HttpProblem(
          400,
          "$select",
          "$select names properties a User does not have: " + String.join(", ", unknown) + ".");
    }
  }

  JsonObject apply(JsonObject user) {
    Map<String, String> names = new LinkedHashMap<>();
    user.fieldNames().forEach(name -> names.put(name.toLowerCase(Locale.ROOT), name));
    requireKnown(selected.keySet().stream().filter(name -> !names.containsKey(name)).toList());
    JsonObject result = new JsonObject();
    for (String name : user.fieldNames()) {
      List<String> nested = selected.get(name.toLowerCase(Locale.ROOT));
      Object value = user.getValue(name);
      if (nested == null) {
        result.put(name, cleared(name, value, true));
      } else if (nested.contains("") || !(value instanceof JsonObject object)) {
        result.put(name, value);
      } else {
        JsonObject kept = new JsonObject();
        for (String inner : object.fieldNames()) {
          Object innerValue = object.getValue(inner);
          kept.put(
              inner,
              nested.contains(inner.toLowerCase(Locale.ROOT))
                  ? innerValue
                  : cleared(inner, innerValue, false));
        }
        result.put(name, kept);
      }
    }
    return result;
  }

  /** Date-time members: never null in .NET. */
  private static final Set<String> DATE_TIMES = Set.of("Lastlogin", "Lastlogout", "Birthdate");

  /** What a member not selected becomes: null, or .NET's default for a value that cannot be. */
  private static Object cleared(String name, Object value, boolean topLevel) {
    if (value instanceof Number) {
      return 0;
    }
    if (value instanceof Boolean) {
      return false;
    }
    if (DATE_TIMES.contains(name)) {
      return SoDates.MIN;
    }
    if (topLevel && name.equals("Type")) {
      return "Unknown";
    }
    return null;
  }
}
