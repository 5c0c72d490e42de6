package io.roster.application.port.in.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.fixtures.Mother;
import io.roster.application.memory.InMemoryReferenceData;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.service.security.AccessPolicy;
import io.roster.domain.field.FieldChange;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.HrData;
import io.roster.domain.user.PrivateContact;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserRightsTest {
  private final InMemoryReferenceData data = InMemoryReferenceData.sample();
  private final AccessPolicy policy = new AccessPolicy(data);

  /** A standard user with every field set. */
  private final User ada =
      User.create(
              UserId.random(),
              AssociateId.of(1),
              Mother.fullDraft("ada", SalesOrganizationId.random(), data)
                  .set(UserFields.ROLE, data.id(ReferenceKind.ROLE, Role.STANDARD.code()))
                  .build(),
              new MapUserDirectory(data.customFieldSchema()),
              Mother.T0)
          .after();

  private UserRights rightsOf(Role role) {
    return policy.rights(Principal.user("caller", UserId.random(), role), ada);
  }

  @Test
  void redacting_clears_home_contact_hr_data_role_and_credentials_and_keeps_the_rest() {
    assertThat(ada.privateContact()).isNotEqualTo(PrivateContact.NONE);
    assertThat(ada.hr()).isNotEqualTo(HrData.NONE);
    assertThat(ada.organisation().role()).isNotNull();
    assertThat(ada.access().credentials()).isNotEmpty();

    User shown = rightsOf(Role.READ_ONLY).redact(ada);

    assertThat(shown.privateContact()).isEqualTo(PrivateContact.NONE);
    assertThat(shown.hr()).isEqualTo(HrData.NONE);
    assertThat(shown.organisation().role()).isNull();
    assertThat(shown.access().credentials()).isEmpty();
    assertThat(shown.id()).isEqualTo(ada.id());
    assertThat(shown.login()).isEqualTo(ada.login());
    assertThat(shown.person()).isEqualTo(ada.person());
    assertThat(shown.customFields()).isEqualTo(ada.customFields());
    assertThat(shown.lifecycle()).isEqualTo(ada.lifecycle());
    assertThat(shown.organisation().salesOrganization())
        .isEqualTo(ada.organisation().salesOrganization());
    assertThat(shown.organisation().otherGroups()).isEqualTo(ada.organisation().otherGroups());
    assertThat(shown.access().licences()).isEqualTo(ada.access().licences());
    assertThat(shown.access().waitingForApproval()).isEqualTo(ada.access().waitingForApproval());
    assertThat(shown.access().ejUserId()).isEqualTo(ada.access().ejUserId());
  }

  @Test
  void hr_sees_home_contact_and_hr_data_but_not_role_or_credentials() {
    User shown = rightsOf(Role.HR).redact(ada);

    assertThat(shown.privateContact()).isEqualTo(ada.privateContact());
    assertThat(shown.hr()).isEqualTo(ada.hr());
    assertThat(shown.organisation().role()).isNull();
    assertThat(shown.access().credentials()).isEmpty();
  }

  @Test
  void who_may_read_everything_gets_the_user_as_it_is() {
    assertThat(rightsOf(Role.ADMINISTRATOR).redact(ada)).isSameAs(ada);
  }

  @Test
  void changes_of_fields_the_caller_may_not_read_are_shown_without_their_values() {
    List<FieldChange> changes =
        List.of(
            new FieldChange("email", "a@x.test", "b@x.test"),
            new FieldChange("bankAccount", "NO1", "NO2"),
            new FieldChange("credentials", "Password(secret) ada", null),
            new FieldChange("role", "r1", "r2"),
            new FieldChange("customFields.udf1", "one", "two"));

    assertThat(rightsOf(Role.USER_MANAGER).redact(changes))
        .containsExactly(
            new FieldChange("email", "a@x.test", "b@x.test"),
            new FieldChange("bankAccount", null, null),
            new FieldChange("credentials", null, null),
            new FieldChange("role", null, null),
            new FieldChange("customFields.udf1", "one", "two"));
    assertThat(rightsOf(Role.ADMINISTRATOR).redact(changes)).isEqualTo(changes);
  }

  @Test
  void unwritable_names_each_refused_change_once_in_order() {
    List<FieldChange> changes =
        List.of(
            new FieldChange("bankAccount", null, "NO1"),
            new FieldChange("phone", null, "1"),
            new FieldChange("privateEmail", null, "a@home.test"),
            new FieldChange("customFields.udf1", null, "one"),
            new FieldChange("customFields.udf2", null, "two"),
            new FieldChange("bankAccount", "NO1", "NO2"));

    // Entries of keyed fields are named one by one, so a dialect can name its own property.
    assertThat(rightsOf(Role.READ_ONLY).unwritable(changes))
        .containsExactly(
            "bankAccount", "phone", "privateEmail", "customFields.udf1", "customFields.udf2");
    assertThat(rightsOf(Role.USER_MANAGER).unwritable(changes))
        .containsExactly("bankAccount", "privateEmail");
    assertThat(rightsOf(Role.HR).unwritable(changes)).isEmpty();
  }

  @Test
  void a_user_manager_may_write_credentials_they_cannot_read() {
    UserRights rights = rightsOf(Role.USER_MANAGER);

    assertThat(rights.unwritable(List.of(new FieldChange("credentials", null, "Password(secret)"))))
        .isEmpty();
    assertThat(rights.redact(ada).access().credentials()).isEmpty();
  }
}
