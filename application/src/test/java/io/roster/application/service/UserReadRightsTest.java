package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.fixtures.Directory;
import io.roster.application.port.in.Criterion;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.user.HrData;
import io.roster.domain.user.PrivateContact;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each role is shown of a user, through the get and find use cases. */
class UserReadRightsTest {
  private final Directory dir = new Directory();
  private final User admin = dir.user("admin", Role.ADMINISTRATOR);
  private final User manager = dir.user("manager", Role.USER_MANAGER);
  private final User hr = dir.user("hr", Role.HR);
  private final User ada = dir.user("ada", Role.STANDARD);
  private final User reader = dir.user("reader", Role.READ_ONLY);

  private User read(User caller, User target) {
    return dir.useCases.getUser().get(dir.as(caller), target.id()).user();
  }

  /** Home contact, HR data, role and credentials cleared; what colleagues may see kept. */
  private void assertRedacted(User shown, User target) {
    User stored = dir.stored(target);
    assertThat(stored.privateContact()).isNotEqualTo(PrivateContact.NONE);
    assertThat(stored.hr()).isNotEqualTo(HrData.NONE);
    assertThat(stored.organisation().role()).isNotNull();
    assertThat(stored.access().credentials()).isNotEmpty();

    assertThat(shown.privateContact()).isEqualTo(PrivateContact.NONE);
    assertThat(shown.hr()).isEqualTo(HrData.NONE);
    assertThat(shown.organisation().role()).isNull();
    assertThat(shown.access().credentials()).isEmpty();
    assertThat(shown.id()).isEqualTo(stored.id());
    assertThat(shown.login()).isEqualTo(stored.login());
    assertThat(shown.person()).isEqualTo(stored.person());
    assertThat(shown.access().licences()).isEqualTo(stored.access().licences()).isNotEmpty();
    assertThat(shown.organisation().salesOrganization())
        .isEqualTo(stored.organisation().salesOrganization());
  }

  @Test
  void a_read_only_user_reading_someone_gets_no_home_contact_hr_data_role_or_credentials() {
    assertRedacted(read(reader, ada), ada);
    assertRedacted(read(reader, admin), admin);
  }

  @Test
  void a_standard_user_reading_someone_else_gets_no_home_contact_hr_data_role_or_credentials() {
    assertRedacted(read(ada, hr), hr);
    assertRedacted(read(ada, reader), reader);
    assertRedacted(dir.useCases.getUser().getByUsername(dir.as(ada), "hr").user(), hr);
  }

  @Test
  void a_read_only_user_does_not_see_their_own_home_contact_or_hr_data_either() {
    assertRedacted(read(reader, reader), reader);
  }

  @Test
  void a_standard_user_sees_their_own_home_contact_and_hr_data_but_not_their_role_or_credentials() {
    User stored = dir.stored(ada);

    User shown = read(ada, ada);

    assertThat(shown.privateContact()).isEqualTo(stored.privateContact());
    assertThat(shown.hr()).isEqualTo(stored.hr());
    assertThat(shown.hr().bankAccount()).isNotBlank();
    assertThat(shown.organisation().role()).isNull();
    assertThat(shown.access().credentials()).isEmpty();
  }

  @Test
  void hr_sees_home_contact_and_hr_data_but_not_role_or_credentials() {
    User stored = dir.stored(ada);

    User shown = read(hr, ada);

    assertThat(shown.privateContact()).isEqualTo(stored.privateContact());
    assertThat(shown.hr()).isEqualTo(stored.hr());
    assertThat(shown.organisation().role()).isNull();
    assertThat(shown.access().credentials()).isEmpty();
  }

  @Test
  void an_administrator_sees_everything() {
    assertThat(read(admin, ada)).isEqualTo(dir.stored(ada));
    assertThat(read(admin, manager)).isEqualTo(dir.stored(manager));
    assertThat(dir.useCases.getUser().get(Principal.system(), ada.id()).user())
        .isEqualTo(dir.stored(ada));
  }

  @Test
  void a_user_manager_sees_neither_home_contact_nor_hr_data_nor_role_and_credentials() {
    User stored = dir.stored(ada);

    User shown = read(manager, ada);

    assertRedacted(shown, ada);
    assertThat(shown.access().disabled()).isEqualTo(stored.access().disabled());
    assertThat(shown.access().waitingForApproval()).isEqualTo(stored.access().waitingForApproval());
    assertThat(shown.isArchived()).isEqualTo(stored.isArchived());
  }

  @Test
  void only_callers_who_may_read_roles_filter_the_list_on_the_role() {
    ListQuery administrators =
        new ListQuery(
            null,
            new Criterion.Equals(UserFields.ROLE, dir.roleId(Role.ADMINISTRATOR), false),
            false,
            0,
            10);

    assertThat(dir.useCases.findUsers().find(dir.as(admin), administrators).items())
        .extracting(view -> view.user().id())
        .containsExactly(admin.id());
    for (User caller : List.of(manager, hr, ada, reader)) {
      assertThat(
              catchThrowable(() -> dir.useCases.findUsers().find(dir.as(caller), administrators)))
          .as(caller.login().username())
          .isInstanceOfSatisfying(
              AccessDenied.class, e -> assertThat(e.fields()).containsExactly("role"));
    }
  }

  @Test
  void anyone_filters_the_list_on_what_they_may_read() {
    ListQuery notDisabled =
        new ListQuery(
            null,
            new Criterion.And(
                new Criterion.Equals(UserFields.DISABLED, false, false),
                new Criterion.StartsWith(UserFields.LASTNAME, "Lastname of a")),
            false,
            0,
            10);

    assertThat(dir.useCases.findUsers().find(dir.as(reader), notDisabled).items())
        .extracting(view -> view.user().id())
        .containsExactlyInAnyOrder(admin.id(), ada.id());
  }

  @Test
  void the_list_shows_each_user_as_the_caller_may_see_them() {
    ListQuery everyone = ListQuery.firstPage(100);

    var asReader = dir.useCases.findUsers().find(dir.as(reader), everyone).map(UserView::user);
    var asAdmin = dir.useCases.findUsers().find(dir.as(admin), everyone).map(UserView::user);
    var asAda = dir.useCases.findUsers().find(dir.as(ada), everyone).map(UserView::user);

    assertThat(asReader.total()).isEqualTo(5);
    assertThat(asReader.items()).hasSize(5).allSatisfy(u -> assertRedacted(u, u));
    assertThat(asAdmin.items()).hasSize(5).allSatisfy(u -> assertThat(u).isEqualTo(dir.stored(u)));
    assertThat(asAda.items())
        .hasSize(5)
        .allSatisfy(
            u -> {
              if (u.id().equals(ada.id())) {
                assertThat(u.hr()).isEqualTo(dir.stored(ada).hr());
              } else {
                assertRedacted(u, u);
              }
            });
  }
}
