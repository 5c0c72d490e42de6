package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The person behind the user: the seed names the type without its properties, so this is the small
 * set DESIGN maps (work contact and birth date). {@code Birthdate} is a date ({@code 1990-12-10})
 * or a date-time whose date counts.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"Firstname", "Lastname", "Email", "Phone", "Mobile", "Fax", "Birthdate"})
record SoPerson(
    String firstname,
    String lastname,
    String email,
    String phone,
    String mobile,
    String fax,
    String birthdate) {}
