package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code _Links}: absolute URLs of the user and of the collection. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"Self", "Archive"})
record SoLinks(String self, String archive) {}
