package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A request ticket category as SuperOffice's {@code MDOListItem}: {@code Name} and {@code FullName}
 * its name, {@code ToolTip} Roster's code of it, {@code Id} and {@code Rank} its number; Roster's
 * categories have no children, type, icon, colour or style. In a request only {@code Id} counts.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({
  "Id",
  "Name",
  "ToolTip",
  "Deleted",
  "Rank",
  "Type",
  "ChildItems",
  "IconHint",
  "ColorBlock",
  "ExtraInfo",
  "StyleHint",
  "FullName",
  "TableRight",
  "FieldProperties"
})
record SoTicketCategory(
    Integer id,
    String name,
    String toolTip,
    Boolean deleted,
    Integer rank,
    String type,
    List<SoTicketCategory> childItems,
    String iconHint,
    Integer colorBlock,
    String extraInfo,
    String styleHint,
    String fullName,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties) {

  static SoTicketCategory shown(int id, String name, String code) {
    return new SoTicketCategory(
        id,
        name,
        code,
        false,
        id,
        null,
        List.of(),
        null,
        0,
        null,
        null,
        name,
        null,
        SoFieldProperty.NONE);
  }
}
