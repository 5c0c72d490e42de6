package io.roster.application.port.in.auth;

import static io.roster.domain.user.UserFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.domain.field.Field;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldClassTest {
  @Test
  void every_user_field_is_in_exactly_one_class() {
    List<Field<User, ?>> all = new ArrayList<>();
    for (FieldClass group : FieldClass.values()) {
      for (Field<User, ?> field : group.fields()) {
        assertThat(FieldClass.of(field)).isEqualTo(group);
        all.add(field);
      }
    }
    assertThat(all).containsExactlyInAnyOrderElementsOf(UserFields.ALL);
  }

  @Test
  void sensitive_fields_are_in_the_classes_that_protect_them() {
    assertThat(FieldClass.SECURITY.fields()).containsExactlyInAnyOrder(ROLE, CREDENTIALS);
    assertThat(FieldClass.HR.fields()).containsExactlyInAnyOrderElementsOf(UserFields.HR);
    assertThat(FieldClass.PRIVATE.fields())
        .containsExactlyInAnyOrder(
            PRIVATE_EMAIL,
            PRIVATE_PHONE,
            PRIVATE_FAX,
            PRIVATE_MOBILE,
            PRIVATE_STREET,
            PRIVATE_STREET_NUMBER,
            PRIVATE_CITY,
            PRIVATE_ZIP,
            PRIVATE_COUNTRY);
    assertThat(FieldClass.CONTACT.fields())
        .containsExactlyInAnyOrder(EMAIL, PHONE, FAX, MOBILE, SKYPE);
    assertThat(FieldClass.ACCESS.fields())
        .containsExactlyInAnyOrder(LICENCES, DISABLED, WAITING_FOR_APPROVAL, ARCHIVED);
    assertThat(FieldClass.of(LASTNAME)).isEqualTo(FieldClass.PUBLIC);
    assertThat(FieldClass.of(USERNAME)).isEqualTo(FieldClass.PUBLIC);
    assertThat(FieldClass.of(CUSTOM_FIELDS)).isEqualTo(FieldClass.PUBLIC);
  }
}
