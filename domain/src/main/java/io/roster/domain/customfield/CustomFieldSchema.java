package io.roster.domain.customfield;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The extra fields declared for users; udf1..udf100 need no declaration. */
public record CustomFieldSchema(Map<String, ExtraFieldDeclaration> extraFields) {
  public static final CustomFieldSchema UDF_ONLY = new CustomFieldSchema(Map.of());

  public CustomFieldSchema {
    extraFields = Map.copyOf(extraFields);
  }

  public static CustomFieldSchema of(List<ExtraFieldDeclaration> declarations) {
    Map<String, ExtraFieldDeclaration> byName = new LinkedHashMap<>();
    declarations.forEach(d -> byName.put(d.name(), d));
    return new CustomFieldSchema(byName);
  }

  public Optional<ExtraFieldDeclaration> declaration(String name) {
    return Optional.ofNullable(extraFields.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * {@code fields} with every extra value in its declared type's canonical form.
   *
   * @throws ValidationFailed naming each undeclared extra field and each value that does not fit
   */
  public CustomFields conform(CustomFields fields) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> conformed = new LinkedHashMap<>();
    fields
        .values()
        .forEach(
            (name, value) -> {
              if (CustomFields.isUdf(name)) {
                conformed.put(name, value);
                return;
              }
              String path = CustomFields.FIELD + "." + name;
              Optional<ExtraFieldDeclaration> declared = declaration(name);
              if (declared.isEmpty()) {
                errors.add(new FieldError(path, FieldError.Code.UNKNOWN, "is not a declared extra field"));
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
