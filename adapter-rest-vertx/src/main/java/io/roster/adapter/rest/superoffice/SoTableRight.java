package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A right as SuperOffice writes it: a mask of flag names ("Select, Update") and why not more. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"Mask", "Reason"})
record SoTableRight(String mask, String reason) {}
