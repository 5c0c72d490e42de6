package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * SuperOffice's {@code UserGroup} (the user's group and each of {@code OtherGroups}): {@code Value}
 * is the group's name, {@code Tooltip} Roster's code of it, {@code Id} its number, {@code Rank} its
 * place in the list. In a request only {@code Id} counts.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"Value", "Tooltip", "Id", "Rank", "Deleted", "TableRight", "FieldProperties"})
record SoListItem(
    String value,
    String tooltip,
    Integer id,
    Integer rank,
    Boolean deleted,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties) {

  static SoListItem shown(int id, String value, String tooltip, int rank) {
    return new SoListItem(value, tooltip, id, rank, false, null, SoFieldProperty.NONE);
  }
}
