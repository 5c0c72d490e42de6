package io.roster.domain.customfield;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The extra fields declared for users; udf1..udf100 need no declaration. */
public record CustomFieldSchema(Map<String, ExtraFieldDeclaration> extraFields) {
  public static final CustomFieldSchema UDF_ONLY = new CustomFieldSchema(Map.of());

  public CustomFieldSchema {
    Map<String, ExtraFieldDeclaration> byName = new LinkedHashMap<>();
    extraFields.values().forEach(d -> byName.put(d.name(), d));
    extraFields = Map.copyOf(byName);
  }

  public static CustomFieldSchema of(List<ExtraFieldDeclaration> declarations) {
    Map<String, ExtraFieldDeclaration> byName = new LinkedHashMap<>();
    declarations.forEach(d -> byName.put(d.name(), d));
    return new CustomFieldSchema(byName);
  }

  /** The declaration of {@code name} (ignoring case), if it is a declared extra field. */
  public Optional<ExtraFieldDeclaration> declaration(String name) {
    return Optional.ofNullable(extraFields.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The custom fields with {@code values}, each new or changed value (against {@code stored})
   * checked and extra values in their declared type's canonical form. Unchanged values pass as they
   * are, so a declaration removed later does not block updates of other fields.
   *
   * @throws ValidationFailed naming every unknown name, every undeclared extra field and every
   *     value that is too long or does not fit its declaration
   */
  public CustomFields conform(Map<String, String> values, Map<String, String> stored) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> conformed = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (value.equals(stored.get(name))) {
            conformed.put(name, value);
            return;
          }
          String path = CustomFields.FIELD + "." + name;
          if (CustomFields.isUdf(name)) {
            if (value.length() > CustomFields.MAX_VALUE_LENGTH) {
              errors.add(FieldError.tooLong(path, CustomFields.MAX_VALUE_LENGTH));
            }
            conformed.put(name, value);
            return;
          }
          Optional<ExtraFieldDeclaration> declared = declaration(name);
          if (declared.isEmpty()) {
            errors.add(new FieldError(path, FieldError.Code.UNKNOWN, "is not a custom field"));
            return;
          }
          declared
              .get()
              .canonical(value)
              .ifPresentOrElse(
                  canonical -> conformed.put(name, canonical),
                  () ->
                      errors.add(
                          new FieldError(
                              path,
                              FieldError.Code.MALFORMED,
                              "must be " + declared.get().expectation())));
        });
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    return new CustomFields(conformed);
  }
}
