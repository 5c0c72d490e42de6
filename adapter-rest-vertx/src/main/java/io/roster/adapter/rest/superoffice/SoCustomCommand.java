package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * An item of {@code PostSaveCommands} (SuperOffice's {@code CustomCommand}): what a client should
 * do once a save is done. Roster has none (the list is always empty) and ignores those a request
 * sends.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({
  "Name",
  "DisplayName",
  "Description",
  "ToolTip",
  "Actions",
  "ActionData",
  "TableRight",
  "FieldProperties"
})
record SoCustomCommand(
    String name,
    String displayName,
    String description,
    String toolTip,
    String actions,
    String actionData,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties) {}
