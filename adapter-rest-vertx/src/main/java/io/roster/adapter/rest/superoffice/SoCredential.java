package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * A credential as SuperOffice's {@code Credential} carrier has it: its {@code Type} is a {@link
 * SoCredentialType} (a request may also give the type's key as a string, as Roster used to write
 * it), {@code Value} a secret to set in a request and always null in an answer.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"Type", "Value", "DisplayValue", "TableRight", "FieldProperties"})
record SoCredential(
    SoCredentialType type,
    String value,
    String displayValue,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties) {

  /** A stored credential as an answer shows it: its type, never its secret. */
  static SoCredential shown(String type, String displayValue) {
    return new SoCredential(
        SoCredentialType.of(type), null, displayValue, null, SoFieldProperty.NONE);
  }
}
