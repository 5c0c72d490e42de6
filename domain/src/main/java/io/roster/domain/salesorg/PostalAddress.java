package io.roster.domain.salesorg;

import static io.roster.domain.salesorg.SalesOrganizationFields.CITY;
import static io.roster.domain.salesorg.SalesOrganizationFields.STREET;
import static io.roster.domain.salesorg.SalesOrganizationFields.STREET2;
import static io.roster.domain.salesorg.SalesOrganizationFields.STREET_NUMBER;
import static io.roster.domain.salesorg.SalesOrganizationFields.ZIP;

import io.roster.domain.field.Checks;

/** Where the organization is. */
public record PostalAddress(
    String street, String street2, String streetNumber, String zip, String city) {
  public PostalAddress {
    Checks.start()
        .check(STREET, street)
        .check(STREET2, street2)
        .check(STREET_NUMBER, streetNumber)
        .check(ZIP, zip)
        .check(CITY, city)
        .orThrow();
  }
}
