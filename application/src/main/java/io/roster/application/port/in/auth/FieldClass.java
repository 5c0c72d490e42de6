package io.roster.application.port.in.auth;

import static io.roster.domain.user.UserFields.*;

import io.roster.domain.field.Field;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The groups of user fields that rights are given for; every user field is in exactly one. */
public enum FieldClass {
  /** Name, login, organisation, custom fields: what colleagues see. */
  PUBLIC,
  /** Work e-mail, phone, fax, mobile, skype: public, and each user keeps their own up to date. */
  CONTACT,
  /** Licences, disabled, waiting for approval, archived: who may use what. */
  ACCESS,
  /** Home address and private phone and e-mail: the user's own and HR's. */
  PRIVATE,
  /** Emergency contact, bank account, social security number, birth data, functions. */
  HR,
  /** Credentials and role. */
  SECURITY;

  private static final Map<Field<User, ?>, FieldClass> CLASSES = new HashMap<>();

  static {
    put(CONTACT, EMAIL, PHONE, FAX, MOBILE, SKYPE);
    put(ACCESS, LICENCES, DISABLED, WAITING_FOR_APPROVAL, ARCHIVED);
    put(
        PRIVATE,
        PRIVATE_EMAIL,
        PRIVATE_PHONE,
        PRIVATE_FAX,
        PRIVATE_MOBILE,
        PRIVATE_STREET,
        PRIVATE_STREET_NUMBER,
        PRIVATE_CITY,
        PRIVATE_ZIP,
        PRIVATE_COUNTRY);
    put(
        HR,
        EMERGENCY_CONTACT,
        BANK_ACCOUNT,
        SOCIAL_SECURITY,
        PLACE_OF_BIRTH,
        NATIONALITY,
        FUNCTIONS,
        BIRTHDATE);
    put(SECURITY, CREDENTIALS, ROLE);
    for (Field<User, ?> field : UserFields.ALL) {
      CLASSES.putIfAbsent(field, PUBLIC);
    }
  }

  @SafeVarargs
  private static void put(FieldClass group, Field<User, ?>... fields) {
    for (Field<User, ?> field : fields) {
      CLASSES.put(field, group);
    }
  }

  public static FieldClass of(Field<User, ?> field) {
    FieldClass group = CLASSES.get(field);
    if (group == null) {
      throw new IllegalArgumentException("not a user field: " + field.name());
    }
    return group;
  }

  /** The fields of this class. */
  public List<Field<User, ?>> fields() {
    return UserFields.ALL.stream().filter(f -> CLASSES.get(f) == this).toList();
  }
}
