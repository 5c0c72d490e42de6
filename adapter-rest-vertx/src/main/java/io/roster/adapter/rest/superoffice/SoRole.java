package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * SuperOffice's {@code Role}: {@code Id} (the role's number), {@code Value} (its name), {@code
 * Tooltip} (Roster's code of the role). In a request only {@code Id} counts. {@code Rank} and
 * {@code Deleted}, which Roster wrote on a role before, are still read (and ignored), never
 * written.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"Id", "Value", "Tooltip", "TableRight", "FieldProperties"})
record SoRole(
    Integer id,
    String value,
    String tooltip,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer rank,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean deleted) {

  static SoRole shown(int id, String value, String tooltip) {
    return new SoRole(id, value, tooltip, null, SoFieldProperty.NONE, null, null);
  }
}
