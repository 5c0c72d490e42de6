package io.roster.domain.user;

import static io.roster.domain.user.UserFields.EMAIL;
import static io.roster.domain.user.UserFields.FAX;
import static io.roster.domain.user.UserFields.FIRSTNAME;
import static io.roster.domain.user.UserFields.LASTNAME;
import static io.roster.domain.user.UserFields.MOBILE;
import static io.roster.domain.user.UserFields.NOTES;
import static io.roster.domain.user.UserFields.PHONE;
import static io.roster.domain.user.UserFields.SKYPE;

import io.roster.domain.field.Checks;
import java.util.UUID;

/** Who the user is and how to reach them at work. */
public record Person(
    String firstname,
    String lastname,
    String email,
    String phone,
    String fax,
    String mobile,
    String skype,
    String notes,
    UUID language) {
  public Person {
    Checks.start()
        .check(FIRSTNAME, firstname)
        .check(LASTNAME, lastname)
        .check(EMAIL, email)
        .check(PHONE, phone)
        .check(FAX, fax)
        .check(MOBILE, mobile)
        .check(SKYPE, skype)
        .check(NOTES, notes)
        .orThrow();
  }
}
