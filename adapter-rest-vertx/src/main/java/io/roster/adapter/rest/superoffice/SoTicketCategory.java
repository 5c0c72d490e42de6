package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A request ticket category in the seed's shape; in a request only {@code Id} counts. */
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
  "FullName"
})
record SoTicketCategory(
    Integer id,
    String name,
    String toolTip,
    Boolean deleted,
    Integer rank,
    String type,
    List<Object> childItems,
    String iconHint,
    Integer colorBlock,
    String extraInfo,
    String styleHint,
    String fullName) {}
