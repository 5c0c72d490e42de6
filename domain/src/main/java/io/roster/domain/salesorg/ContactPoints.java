package io.roster.domain.salesorg;

import static io.roster.domain.salesorg.SalesOrganizationFields.EMAIL;
import static io.roster.domain.salesorg.SalesOrganizationFields.FAX;
import static io.roster.domain.salesorg.SalesOrganizationFields.PHONE;
import static io.roster.domain.salesorg.SalesOrganizationFields.URL;

import io.roster.domain.field.Checks;

/** How to reach the organization. */
public record ContactPoints(String email, String phone, String fax, String url) {
  public ContactPoints {
    Checks.start()
        .check(EMAIL, email)
        .check(PHONE, phone)
        .check(FAX, fax)
        .check(URL, url)
        .orThrow();
  }
}
