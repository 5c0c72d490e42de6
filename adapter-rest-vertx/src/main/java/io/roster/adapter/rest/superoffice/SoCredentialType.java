package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * SuperOffice's {@code CredentialType}: {@code Type} is the key of the authentication method
 * (Roster's credential type: {@code Password}, ...), {@code DisplayType} its label. Roster holds
 * only the key: an answer repeats it as the label, says {@code ValueControl} {@code Password} for
 * the password type and {@code Edit} for others, and gives no description; {@code CanCreatePerson}
 * and {@code IsUserNameSupported} are false. A request's type is its {@code Type}, else its {@code
 * DisplayType}; the other members are read-only. A request may give the key as a plain string
 * ({@code "Type": "Password"}), as Roster wrote it before.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({
  "DisplayType",
  "Type",
  "Description",
  "ValueControl",
  "CanCreatePerson",
  "IsUserNameSupported",
  "TableRight",
  "FieldProperties"
})
record SoCredentialType(
    String displayType,
    String type,
    String description,
    String valueControl,
    Boolean canCreatePerson,
    Boolean isUserNameSupported,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties) {

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  SoCredentialType {}

  /** The type a request names by its key alone, as a string. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static SoCredentialType key(String key) {
    return new SoCredentialType(null, key, null, null, null, null, null, null);
  }

  /** The type of a stored credential as an answer shows it. */
  static SoCredentialType of(String key) {
    return new SoCredentialType(
        key,
        key,
        null,
        key.equalsIgnoreCase(SoDrafts.PASSWORD) ? "Password" : "Edit",
        false,
        false,
        null,
        SoFieldProperty.NONE);
  }

  /** The key a request names: {@code Type}, else {@code DisplayType}; null for neither. */
  String named() {
    if (type != null && !type.isBlank()) {
      return type;
    }
    return displayType != null && !displayType.isBlank() ? displayType : null;
  }
}
