package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An item of a reference list (user group, role) as SuperOffice lists it; {@code Id} is the item's
 * number. In a request only {@code Id} counts.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
record SoListItem(Integer id, String value, String tooltip, Integer rank, Boolean deleted) {}
