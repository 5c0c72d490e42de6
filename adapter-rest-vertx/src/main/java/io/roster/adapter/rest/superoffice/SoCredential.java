package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A credential: {@code Value} is a secret to set in a request and always null in an answer. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"Type", "Value", "DisplayValue"})
record SoCredential(String type, String value, String displayValue) {}
