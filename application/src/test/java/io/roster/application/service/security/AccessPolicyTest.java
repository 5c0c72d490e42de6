package io.roster.application.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.fixtures.Mother;
import io.roster.application.memory.InMemoryReferenceData;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.FieldClass;
import io.roster.application.port.in.auth.FieldRight;
import io.roster.application.port.in.auth.UserRights;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The matrix of {@link AccessPolicy}'s javadoc, row by row. Rights are written as the operations
 * allowed and one token per field class, in the order PUBLIC CONTACT ACCESS PRIVATE HR SECURITY:
 * {@code rw} read and write, {@code r} read only, {@code w} write only, {@code -} nothing.
 */
class AccessPolicyTest {
  private final InMemoryReferenceData data = InMemoryReferenceData.sample();
  private final AccessPolicy policy = new AccessPolicy(data);
  private final SalesOrganizationId org = SalesOrganizationId.random();
  private final User someone = user("someone", Role.STANDARD);
  private final User administrator = user("administrator", Role.ADMINISTRATOR);

  private User user(String username, Role role) {
    return User.create(
            UserId.random(),
            AssociateId.of(username.length()),
            Mother.minimalDraft(username, org)
                .set(UserFields.ROLE, data.id(ReferenceKind.ROLE, role.code()))
                .build(),
            new MapUserDirectory(),
            Mother.T0)
        .after();
  }

  private static Principal caller(Role role) {
    return Principal.user("caller", UserId.random(), role);
  }

  private static String describe(UserRights rights) {
    List<String> operations = new ArrayList<>();
    if (rights.read()) {
      operations.add("read");
    }
    if (rights.create()) {
      operations.add("create");
    }
    if (rights.update()) {
      operations.add("update");
    }
    if (rights.archive()) {
      operations.add("archive");
    }
    List<String> classes = new ArrayList<>();
    for (FieldClass group : FieldClass.values()) {
      FieldRight right = rights.of(group);
      classes.add(right.read() ? (right.write() ? "rw" : "r") : (right.write() ? "w" : "-"));
    }
    return String.join(" ", operations) + " | " + String.join(" ", classes);
  }

  @Test
  void an_administrator_may_do_everything_with_everyone() {
    String all = "read create update archive | rw rw rw rw rw rw";
    assertThat(describe(policy.rights(caller(Role.ADMINISTRATOR), someone))).isEqualTo(all);
    assertThat(describe(policy.rights(caller(Role.ADMINISTRATOR), administrator))).isEqualTo(all);
    assertThat(describe(policy.rights(Principal.system(), someone))).isEqualTo(all);
  }

  @Test
  void a_user_manager_manages_users_but_sees_no_private_or_hr_data_and_only_writes_security() {
    assertThat(describe(policy.rights(caller(Role.USER_MANAGER), someone)))
        .isEqualTo("read create update archive | rw rw rw - - w");
  }

  @Test
  void a_user_manager_may_neither_archive_an_administrator_nor_change_their_access_or_security() {
    assertThat(describe(policy.rights(caller(Role.USER_MANAGER), administrator)))
        .isEqualTo("read create update | rw rw r - - -");
  }

  @Test
  void hr_reads_and_updates_private_and_hr_data_but_neither_creates_nor_archives() {
    String hr = "read update | rw rw r rw rw -";
    assertThat(describe(policy.rights(caller(Role.HR), someone))).isEqualTo(hr);
    assertThat(describe(policy.rights(caller(Role.HR), administrator))).isEqualTo(hr);
  }

  @Test
  void a_standard_user_reads_others_and_updates_only_their_own_contact_and_private_data() {
    Principal self = Principal.user("someone", someone.id(), Role.STANDARD);

    assertThat(describe(policy.rights(caller(Role.STANDARD), someone)))
        .isEqualTo("read | r r r - - -");
    assertThat(describe(policy.rights(self, someone))).isEqualTo("read update | r rw r rw r -");
  }

  @Test
  void a_read_only_user_reads_public_contact_and_access_data_even_of_themselves() {
    Principal self = Principal.user("someone", someone.id(), Role.READ_ONLY);

    assertThat(describe(policy.rights(caller(Role.READ_ONLY), someone)))
        .isEqualTo("read | r r r - - -");
    assertThat(describe(policy.rights(self, someone))).isEqualTo("read | r r r - - -");
  }

  @Test
  void through_a_partner_app_nobody_may_do_anything_with_users() {
    for (Role role : Role.values()) {
      Principal partner = caller(role).viaPartnerApp();
      assertThat(describe(policy.rights(partner, someone))).isEqualTo(" | - - - - - -");
      assertThat(policy.mayCreate(partner)).isFalse();
      assertThat(policy.mayManageOrganizations(partner)).isFalse();
      assertThat(policy.refusal(partner, "other"))
          .isEqualTo("User management is not allowed for partner apps.");
    }
  }

  @Test
  void only_administrators_and_user_managers_create_users_and_manage_organizations() {
    for (Role role : Role.values()) {
      boolean manager = role == Role.ADMINISTRATOR || role == Role.USER_MANAGER;
      assertThat(policy.mayCreate(caller(role))).as("%s creates", role).isEqualTo(manager);
      assertThat(policy.mayManageOrganizations(caller(role)))
          .as("%s manages", role)
          .isEqualTo(manager);
      assertThat(policy.refusal(caller(role), "other")).isEqualTo("other");
    }
    assertThat(policy.mayCreate(Principal.system())).isTrue();
  }

  @Test
  void lists_are_filtered_only_on_fields_the_caller_may_read_of_everyone() {
    for (Role role : Role.values()) {
      Principal caller = caller(role);
      assertThat(policy.mayFilterOn(caller, UserFields.LASTNAME)).as("%s lastname", role).isTrue();
      assertThat(policy.mayFilterOn(caller, UserFields.EMAIL)).as("%s email", role).isTrue();
      assertThat(policy.mayFilterOn(caller, UserFields.DISABLED)).as("%s disabled", role).isTrue();
      assertThat(policy.mayFilterOn(caller, UserFields.ROLE))
          .as("%s role", role)
          .isEqualTo(role == Role.ADMINISTRATOR);
      assertThat(policy.mayFilterOn(caller, UserFields.BANK_ACCOUNT))
          .as("%s bankAccount", role)
          .isEqualTo(role == Role.ADMINISTRATOR || role == Role.HR);
      assertThat(policy.mayFilterOn(caller, UserFields.PRIVATE_CITY))
          .as("%s privateCity", role)
          .isEqualTo(role == Role.ADMINISTRATOR || role == Role.HR);
      assertThat(policy.mayFilterOn(caller.viaPartnerApp(), UserFields.LASTNAME)).isFalse();
    }
  }

  @Test
  void the_role_is_read_from_the_role_item_the_user_names_and_is_standard_without_one() {
    for (Role role : Role.values()) {
      assertThat(policy.roleOf(user("u", role))).isEqualTo(role);
    }
    assertThat(policy.roleOf((UUID) null)).isEqualTo(Role.STANDARD);
    assertThat(policy.roleOf(UUID.randomUUID())).isEqualTo(Role.STANDARD);
    assertThat(policy.roleOf(data.id(ReferenceKind.USER_GROUP, "sales"))).isEqualTo(Role.STANDARD);
    assertThat(policy.roleOf(Mother.minimalUser("norole", 1, org))).isEqualTo(Role.STANDARD);
  }

  @Test
  void role_codes_are_matched_ignoring_case_and_unknown_codes_name_no_role() {
    assertThat(Role.ofCode("User-Manager")).contains(Role.USER_MANAGER);
    assertThat(Role.ofCode("HR")).contains(Role.HR);
    assertThat(Role.ofCode("read-only")).contains(Role.READ_ONLY);
    assertThat(Role.ofCode("boss")).isEmpty();
    assertThat(Role.ofCode(null)).isEmpty();
  }
}
