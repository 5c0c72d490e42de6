package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** What the caller may do with one property, its .NET type and its longest length (0: none). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"FieldRight", "FieldType", "FieldLength"})
record SoFieldProperty(SoTableRight fieldRight, String fieldType, int fieldLength) {
  /**
   * {@code FieldProperties} of a nested carrier (Person, a list item, a credential): every carrier
   * has the member; the user's own {@code FieldProperties} already name the nested properties
   * ({@code Person.Lastname}), so a nested one lists none.
   */
  static final Map<String, SoFieldProperty> NONE = Map.of();
}
