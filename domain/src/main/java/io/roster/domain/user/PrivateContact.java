package io.roster.domain.user;

import static io.roster.domain.user.UserFields.PRIVATE_CITY;
import static io.roster.domain.user.UserFields.PRIVATE_EMAIL;
import static io.roster.domain.user.UserFields.PRIVATE_FAX;
import static io.roster.domain.user.UserFields.PRIVATE_MOBILE;
import static io.roster.domain.user.UserFields.PRIVATE_PHONE;
import static io.roster.domain.user.UserFields.PRIVATE_STREET;
import static io.roster.domain.user.UserFields.PRIVATE_STREET_NUMBER;
import static io.roster.domain.user.UserFields.PRIVATE_ZIP;

import io.roster.domain.field.Checks;
import java.util.UUID;

/** How to reach the user at home. */
public record PrivateContact(
    String email,
    String phone,
    String fax,
    String mobile,
    String street,
    String streetNumber,
    String city,
    String zip,
    UUID country) {
  public static final PrivateContact NONE =
      new PrivateContact(null, null, null, null, null, null, null, null, null);

  public PrivateContact {
    Checks.start()
        .check(PRIVATE_EMAIL, email)
        .check(PRIVATE_PHONE, phone)
        .check(PRIVATE_FAX, fax)
        .check(PRIVATE_MOBILE, mobile)
        .check(PRIVATE_STREET, street)
        .check(PRIVATE_STREET_NUMBER, streetNumber)
        .check(PRIVATE_CITY, city)
        .check(PRIVATE_ZIP, zip)
        .orThrow();
  }
}
