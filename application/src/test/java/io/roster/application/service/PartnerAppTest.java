package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.fixtures.Directory;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A caller through a partner app may do nothing with users, whatever their own role. */
class PartnerAppTest {
  private static final String REFUSAL = "User management is not allowed for partner apps.";

  private final Directory dir = new Directory();
  private final User admin = dir.user("admin", Role.ADMINISTRATOR);
  private final User ada = dir.user("ada", Role.STANDARD);
  private final Principal partner = dir.as(admin).viaPartnerApp();

  private void assertRefused(ThrowingCallable call) {
    User before = dir.stored(ada);
    long users = dir.userCount();

    Throwable thrown = catchThrowable(call);

    assertThat(thrown)
        .isInstanceOfSatisfying(
            AccessDenied.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(REFUSAL);
              assertThat(e.fields()).isEmpty();
            });
    assertThat(dir.stored(ada)).isEqualTo(before);
    assertThat(dir.userCount()).isEqualTo(users);
    assertThat(dir.history(ada)).hasSize(1);
  }

  @Test
  void the_caller_is_still_the_same_user_with_the_same_role() {
    assertThat(partner.partnerApp()).isTrue();
    assertThat(partner.role()).isEqualTo(Role.ADMINISTRATOR);
    assertThat(partner.userId()).isEqualTo(admin.id());
  }

  @Test
  void get_is_refused() {
    assertRefused(() -> dir.useCases.getUser().get(partner, ada.id()));
    assertRefused(() -> dir.useCases.getUser().get(partner, ada.associateId()));
    assertRefused(() -> dir.useCases.getUser().getByUsername(partner, "ada"));
  }

  @Test
  void reading_oneself_is_refused_too() {
    assertRefused(() -> dir.useCases.getUser().get(partner, admin.id()));
  }

  @Test
  void find_is_refused() {
    assertRefused(() -> dir.useCases.findUsers().find(partner, ListQuery.firstPage(10)));
  }

  @Test
  void create_is_refused() {
    Draft<User> draft =
        Draft.<User>builder()
            .set(UserFields.USERNAME, "newbie")
            .set(UserFields.LASTNAME, "Newman")
            .set(UserFields.EMAIL, "newbie@example.test")
            .refer(UserFields.SALES_ORGANIZATION, Reference.byCode("OSL"))
            .build();

    assertRefused(
        () -> dir.useCases.createUser().create(new CreateUserCommand(partner, null, draft)));
    assertThat(dir.ports.users().findByUsername("newbie")).isEmpty();
  }

  @Test
  void update_is_refused() {
    Draft<User> draft = Draft.<User>builder().set(UserFields.PHONE, "+47 99").build();

    assertRefused(
        () ->
            dir.useCases
                .updateUser()
                .update(
                    new UpdateUserCommand(partner, ada.id(), null, Precondition.none(), draft)));
  }

  @Test
  void archive_and_unarchive_are_refused() {
    assertRefused(
        () ->
            dir.useCases
                .archiveUser()
                .archive(new ArchiveUserCommand(partner, ada.id(), Precondition.none())));
    assertRefused(
        () ->
            dir.useCases
                .archiveUser()
                .unarchive(new ArchiveUserCommand(partner, ada.id(), Precondition.none())));
  }

  @Test
  void unknown_users_are_refused_alike_so_that_the_answer_tells_nothing_about_who_exists() {
    UserId nobody = UserId.random();
    Draft<User> draft = Draft.<User>builder().set(UserFields.PHONE, "+47 99").build();

    assertRefused(() -> dir.useCases.getUser().get(partner, nobody));
    assertRefused(() -> dir.useCases.getUser().getByUsername(partner, "nobody"));
    assertRefused(
        () ->
            dir.useCases
                .updateUser()
                .update(new UpdateUserCommand(partner, nobody, null, Precondition.none(), draft)));
    assertRefused(
        () ->
            dir.useCases
                .archiveUser()
                .archive(new ArchiveUserCommand(partner, nobody, Precondition.none())));
  }

  @Test
  void a_stale_version_does_not_come_before_the_refusal() {
    Draft<User> draft = Draft.<User>builder().set(UserFields.PHONE, "+47 99").build();

    assertRefused(
        () ->
            dir.useCases
                .updateUser()
                .update(
                    new UpdateUserCommand(
                        partner, ada.id(), null, Precondition.version(99), draft)));
    assertRefused(
        () ->
            dir.useCases
                .archiveUser()
                .archive(new ArchiveUserCommand(partner, ada.id(), Precondition.version(99))));
  }

  @Test
  void the_same_calls_without_the_partner_app_are_allowed() {
    Principal direct = dir.as(admin);

    assertThat(dir.useCases.getUser().get(direct, ada.id()).user().id()).isEqualTo(ada.id());
    assertThat(dir.useCases.findUsers().find(direct, ListQuery.firstPage(10)).total()).isEqualTo(2);
  }
}
