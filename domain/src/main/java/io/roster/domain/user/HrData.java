package io.roster.domain.user;

import static io.roster.domain.user.UserFields.BANK_ACCOUNT;
import static io.roster.domain.user.UserFields.EMERGENCY_CONTACT;
import static io.roster.domain.user.UserFields.FUNCTIONS;
import static io.roster.domain.user.UserFields.NATIONALITY;
import static io.roster.domain.user.UserFields.PLACE_OF_BIRTH;
import static io.roster.domain.user.UserFields.SOCIAL_SECURITY;

import io.roster.domain.field.Checks;
import java.time.LocalDate;

/** Sensitive personnel data; see {@link UserFields#HR}. */
public record HrData(
    String emergencyContact,
    String bankAccount,
    String socialSecurity,
    String placeOfBirth,
    String nationality,
    String functions,
    LocalDate birthdate) {
  public static final HrData NONE = new HrData(null, null, null, null, null, null, null);

  public HrData {
    Checks.start()
        .check(EMERGENCY_CONTACT, emergencyContact)
        .check(BANK_ACCOUNT, bankAccount)
        .check(SOCIAL_SECURITY, socialSecurity)
        .check(PLACE_OF_BIRTH, placeOfBirth)
        .check(NATIONALITY, nationality)
        .check(FUNCTIONS, functions)
        .orThrow();
  }

  @Override
  public String toString() {
    return "HrData[***]";
  }
}
