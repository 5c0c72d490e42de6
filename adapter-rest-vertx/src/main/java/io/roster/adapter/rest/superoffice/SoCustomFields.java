package io.roster.adapter.rest.superoffice;

import io.roster.domain.customfield.CustomFields;
import io.roster.domain.customfield.ExtraFieldDeclaration;
import io.roster.domain.failure.FieldError;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.user.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A request's {@code CustomFields} and {@code ExtraFields} as the custom fields of a draft: which
 * names count, which map wins for an extra field, and which names are no custom field at all.
 */
final class SoCustomFields {
  private SoCustomFields() {}

  /**
   * An error for each name that is no custom field: in {@code CustomFields}, neither udf1..udf100
   * nor {@code x_...}; in {@code ExtraFields}, not {@code x_...}. The request is refused (400)
   * rather than the name dropped: {@code CustomFields} replaces every custom field, so a misspelt
   * name would clear the field it meant.
   */
  static List<FieldError> unknown(SoUser body) {
    List<FieldError> unknown = new ArrayList<>();
    if (body.customFields() != null) {
      body.customFields().keySet().stream()
          .filter(n -> !isCustomField(n))
          .forEach(
              n ->
                  unknown.add(
                      new FieldError(
                          "CustomFields." + n,
                          FieldError.Code.UNKNOWN,
                          "is not a custom field (udf1..udf100, or x_... for an extra field)")));
    }
    if (body.extraFields() != null) {
      body.extraFields().keySet().stream()
          .filter(n -> !isExtraField(n))
          .forEach(
              n ->
                  unknown.add(
                      new FieldError(
                          "ExtraFields." + n,
                          FieldError.Code.UNKNOWN,
                          "is not an extra field (x_...; udf1..udf100 go in CustomFields)")));
    }
    return unknown;
  }

  /**
   * {@code CustomFields} replaces every custom field (udf1..udf100 and the extra fields); {@code
   * ExtraFields} alone replaces the extra fields. A GET shows the extra fields in both, so a body
   * may carry both: for each extra field, the one that differs from {@code current} (the user as
   * the caller sees them; none for a new user) counts, whichever it is, and two different new
   * values are an error naming both. Names that are no custom field are errors (see {@link
   * #unknown}).
   */
  static KeyedEntries<String> draft(SoUser body, User current, List<FieldError> errors) {
    errors.addAll(unknown(body));
    Map<String, String> custom =
        scalars("CustomFields", body.customFields(), SoCustomFields::isCustomField, errors);
    Map<String, String> extra =
        scalars("ExtraFields", body.extraFields(), SoCustomFields::isExtraField, errors);
    if (custom == null) {
      return new KeyedEntries<>(CustomFields.extraScope(), extra);
    }
    if (extra == null) {
      return new KeyedEntries<>(KeyScope.all(), custom);
    }
    Map<String, String> stored = current == null ? Map.of() : current.customFields().values();
    Map<String, String> values = new LinkedHashMap<>();
    custom.forEach(
        (name, value) -> {
          if (!isExtraField(name)) {
            values.put(name, value);
          }
        });
    Set<String> names = new LinkedHashSet<>();
    custom.keySet().stream().filter(SoCustomFields::isExtraField).forEach(names::add);
    names.addAll(extra.keySet());
    for (String name : names) {
      String fromCustom = custom.get(name);
      String fromExtra = extra.get(name);
      String was = stored.get(name);
      if (Objects.equals(fromCustom, fromExtra) || Objects.equals(fromExtra, was)) {
        values.put(name, fromCustom);
      } else if (Objects.equals(fromCustom, was)) {
        values.put(name, fromExtra);
      } else {
        errors.add(
            new FieldError(
                "ExtraFields." + name,
                FieldError.Code.MISMATCH,
                "differs from CustomFields." + name + ": send one value, or the same in both"));
      }
    }
    values.values().removeIf(Objects::isNull);
    return new KeyedEntries<>(KeyScope.all(), values);
  }

  /**
   * A custom-field map's entries {@code accepted} by name, names in lower case; null when none was
   * sent.
   */
  private static Map<String, String> scalars(
      String property,
      Map<String, Object> given,
      Predicate<String> accepted,
      List<FieldError> errors) {
    if (given == null) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    given.forEach(
        (name, value) -> {
          if (accepted.test(name)) {
            values.put(name.toLowerCase(Locale.ROOT), scalar(property, name, value, errors));
          }
        });
    return values;
  }

  private static String scalar(
      String property, String name, Object value, List<FieldError> errors) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value == null ? null : value.toString();
    }
    errors.add(
        new FieldError(
            property + "." + name,
            FieldError.Code.MALFORMED,
            "must be text, a number or true/false"));
    return null;
  }

  private static boolean isCustomField(String name) {
    return CustomFields.isUdf(name) || isExtraField(name);
  }

  private static boolean isExtraField(String name) {
    return name.toLowerCase(Locale.ROOT).startsWith(ExtraFieldDeclaration.PREFIX);
  }
}
