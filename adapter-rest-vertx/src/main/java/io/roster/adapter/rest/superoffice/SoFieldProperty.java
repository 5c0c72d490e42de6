package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What the caller may do with one property, its .NET type and its longest length (0: none). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"FieldRight", "FieldType", "FieldLength"})
record SoFieldProperty(SoTableRight fieldRight, String fieldType, int fieldLength) {}
