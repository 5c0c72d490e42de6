package io.roster.application.service;

import static io.roster.domain.user.UserFields.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.fixtures.Directory;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.field.FieldChange;
import io.roster.domain.field.Revision;
import io.roster.domain.reference.Reference;
import io.roster.domain.user.User;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Who may create, change and archive whom, and which fields, through the user use cases. */
class UserWriteRightsTest {
  private final Directory dir = new Directory();
  private final User admin = dir.user("admin", Role.ADMINISTRATOR);
  private final User manager = dir.user("manager", Role.USER_MANAGER);
  private final User hr = dir.user("hr", Role.HR);
  private final User ada = dir.user("ada", Role.STANDARD);
  private final User bob = dir.user("bob", Role.STANDARD);
  private final User reader = dir.user("reader", Role.READ_ONLY);

  private static Draft.Builder<User> change() {
    return Draft.builder();
  }

  private Revision<User> update(User caller, User target, Draft.Builder<User> draft) {
    return dir.useCases
        .updateUser()
        .update(
            new UpdateUserCommand(
                dir.as(caller), target.id(), null, Precondition.none(), draft.build()))
        .map(UserView::user);
  }

  private Revision<User> archive(User caller, User target) {
    return dir.useCases
        .archiveUser()
        .archive(new ArchiveUserCommand(dir.as(caller), target.id(), Precondition.none()))
        .map(UserView::user);
  }

  private Revision<User> create(User caller, Draft.Builder<User> draft) {
    return dir.useCases
        .createUser()
        .create(new CreateUserCommand(dir.as(caller), null, draft.build()))
        .map(UserView::user);
  }

  private static Draft.Builder<User> newUser(String username) {
    return Draft.<User>builder()
        .set(USERNAME, username)
        .set(LASTNAME, "Newman")
        .set(EMAIL, username + "@example.test")
        .refer(SALES_ORGANIZATION, Reference.byCode("OSL"));
  }

  private static List<CredentialDraft> password(String plain) {
    return List.of(new CredentialDraft("Password", Secret.plain(plain), null));
  }

  /** {@code call} is refused, and neither {@code target} nor its audit history changed. */
  private AccessDenied refused(User target, ThrowingCallable call) {
    User before = dir.stored(target);
    int audited = dir.history(target).size();

    Throwable thrown = catchThrowable(call);

    assertThat(thrown).isInstanceOf(AccessDenied.class);
    assertThat(dir.stored(target)).isEqualTo(before);
    assertThat(dir.history(target)).hasSize(audited);
    return (AccessDenied) thrown;
  }

  /** Creating is refused and nobody is added. */
  private AccessDenied refusedCreate(ThrowingCallable call) {
    long users = dir.userCount();

    Throwable thrown = catchThrowable(call);

    assertThat(thrown).isInstanceOf(AccessDenied.class);
    assertThat(dir.userCount()).isEqualTo(users);
    assertThat(dir.ports.users().findByUsername("newbie")).isEmpty();
    return (AccessDenied) thrown;
  }

  // standard users

  @Test
  void a_standard_user_changes_their_own_contact_fields_and_home_contact() {
    Revision<User> revision =
        update(
            ada,
            ada,
            change()
                .set(EMAIL, "ada.new@example.test")
                .set(PHONE, "+47 11")
                .set(MOBILE, "+47 22")
                .set(FAX, "+47 33")
                .set(SKYPE, "ada.new")
                .set(PRIVATE_EMAIL, "ada.new@home.test")
                .set(PRIVATE_CITY, "Bergen"));

    User stored = dir.stored(ada);
    assertThat(stored.person().email()).isEqualTo("ada.new@example.test");
    assertThat(stored.person().phone()).isEqualTo("+47 11");
    assertThat(stored.person().mobile()).isEqualTo("+47 22");
    assertThat(stored.person().fax()).isEqualTo("+47 33");
    assertThat(stored.person().skype()).isEqualTo("ada.new");
    assertThat(stored.privateContact().email()).isEqualTo("ada.new@home.test");
    assertThat(stored.privateContact().city()).isEqualTo("Bergen");
    assertThat(revision.changes())
        .extracting(FieldChange::field)
        .containsExactlyInAnyOrder(
            "email", "phone", "fax", "mobile", "skype", "privateEmail", "privateCity");
    assertThat(dir.history(ada))
        .last()
        .satisfies(
            r -> {
              assertThat(r.actor()).isEqualTo("ada");
              assertThat(r.action()).isEqualTo(AuditRecord.Action.UPDATE);
            });
  }

  @Test
  void a_standard_user_may_not_change_anything_of_another_user() {
    AccessDenied denied = refused(bob, () -> update(ada, bob, change().set(PHONE, "+47 99")));

    assertThat(denied.fields()).isEmpty();
    assertThat(denied.getMessage()).isEqualTo("You may not update this user.");
    refused(bob, () -> update(ada, bob, change().set(PRIVATE_EMAIL, "x@home.test")));
  }

  @Test
  void a_standard_user_may_not_change_their_own_hr_data() {
    AccessDenied denied =
        refused(ada, () -> update(ada, ada, change().set(BANK_ACCOUNT, "NO00 0000 0000 000")));

    assertThat(denied.fields()).containsExactly("bankAccount");
    assertThat(denied.getMessage()).isEqualTo("You may not change bankAccount.");
  }

  @Test
  void a_refusal_names_every_refused_field_and_saves_nothing_of_the_rest() {
    AccessDenied denied =
        refused(
            ada,
            () ->
                update(
                    ada,
                    ada,
                    change()
                        .set(PHONE, "+47 11")
                        .set(LASTNAME, "Byron")
                        .set(SOCIAL_SECURITY, "1")
                        .set(DISABLED, true)));

    assertThat(denied.fields()).containsExactlyInAnyOrder("lastname", "socialSecurity", "disabled");
    assertThat(dir.stored(ada).person().phone()).isNotEqualTo("+47 11");
  }

  @Test
  void a_standard_user_may_not_give_themselves_a_role_or_a_password_through_an_update() {
    assertThat(
            refused(
                    ada,
                    () -> update(ada, ada, change().refer(ROLE, Reference.byCode("administrator"))))
                .fields())
        .containsExactly("role");
    assertThat(
            refused(ada, () -> update(ada, ada, change().put(CREDENTIALS, password("mine"))))
                .fields())
        .containsExactly("credentials");
  }

  @Test
  void a_read_only_user_may_not_change_even_their_own_phone() {
    AccessDenied denied =
        refused(reader, () -> update(reader, reader, change().set(PHONE, "+47 11")));

    assertThat(denied.fields()).isEmpty();
  }

  @Test
  void a_standard_user_putting_back_what_they_were_shown_changes_only_what_they_changed() {
    User shown = dir.useCases.getUser().get(dir.as(ada), ada.id()).user();
    User before = dir.stored(ada);

    Revision<User> revision = update(ada, ada, Directory.putBack(shown).set(PHONE, "+47 12"));

    assertThat(revision.changes()).extracting(FieldChange::field).containsExactly("phone");
    User stored = dir.stored(ada);
    assertThat(stored.organisation().role()).isEqualTo(before.organisation().role());
    assertThat(stored.access().credentials()).isEqualTo(before.access().credentials());
  }

  // user managers

  @Test
  void a_user_manager_setting_a_bank_account_is_refused_naming_it() {
    AccessDenied denied =
        refused(ada, () -> update(manager, ada, change().set(BANK_ACCOUNT, "NO00 0000 0000 000")));

    assertThat(denied.fields()).containsExactly("bankAccount");
    assertThat(
            refused(ada, () -> update(manager, ada, change().set(PRIVATE_PHONE, "+47 0"))).fields())
        .containsExactly("privatePhone");
  }

  @Test
  void a_user_manager_putting_back_the_blank_fields_they_could_not_see_keeps_them() {
    User shown = dir.useCases.getUser().get(dir.as(manager), ada.id()).user();
    assertThat(shown.hr().bankAccount()).isNull();
    User before = dir.stored(ada);

    Revision<User> revision = update(manager, ada, Directory.putBack(shown).set(PHONE, "+47 12"));

    assertThat(revision.changes()).extracting(FieldChange::field).containsExactly("phone");
    User stored = dir.stored(ada);
    assertThat(stored.person().phone()).isEqualTo("+47 12");
    assertThat(stored.hr()).isEqualTo(before.hr());
    assertThat(stored.privateContact()).isEqualTo(before.privateContact());
    assertThat(stored.organisation().role()).isEqualTo(before.organisation().role());
    assertThat(stored.access().credentials()).isEqualTo(before.access().credentials());
  }

  @Test
  void a_user_manager_putting_back_an_administrator_unchanged_changes_nothing() {
    User shown = dir.useCases.getUser().get(dir.as(manager), admin.id()).user();
    User before = dir.stored(admin);

    Revision<User> revision = update(manager, admin, Directory.putBack(shown));

    assertThat(revision.changed()).isFalse();
    assertThat(dir.stored(admin)).isEqualTo(before);
  }

  @Test
  void a_user_manager_may_not_make_anyone_an_administrator() {
    AccessDenied denied =
        refused(
            ada,
            () -> update(manager, ada, change().refer(ROLE, Reference.byCode("administrator"))));
    assertThat(denied.fields()).containsExactly("role");

    assertThat(
            refused(
                    manager,
                    () ->
                        update(
                            manager, manager, change().set(ROLE, dir.roleId(Role.ADMINISTRATOR))))
                .fields())
        .containsExactly("role");
  }

  @Test
  void a_user_manager_may_give_a_standard_user_an_unprivileged_role_but_not_hr() {
    update(manager, ada, change().refer(ROLE, Reference.byCode("read-only")));
    assertThat(dir.stored(ada).organisation().role()).isEqualTo(dir.roleId(Role.READ_ONLY));

    // HR reads what a user manager may not: a user manager who could make someone HR (and set
    // their password) could read it through them.
    assertThat(
            refused(ada, () -> update(manager, ada, change().refer(ROLE, Reference.byCode("hr"))))
                .fields())
        .containsExactly("role");
  }

  @Test
  void a_user_manager_may_not_archive_an_administrator_but_may_archive_a_standard_user() {
    AccessDenied denied = refused(admin, () -> archive(manager, admin));
    assertThat(denied.fields()).isEmpty();
    assertThat(denied.getMessage()).isEqualTo("You may not archive or unarchive this user.");
    assertThat(refused(admin, () -> update(manager, admin, change().set(ARCHIVED, true))).fields())
        .containsExactly("archived");

    Revision<User> archived = archive(manager, ada);

    assertThat(archived.after().isArchived()).isTrue();
    assertThat(dir.stored(ada).isArchived()).isTrue();
    assertThat(dir.history(ada))
        .last()
        .extracting(AuditRecord::action)
        .isEqualTo(AuditRecord.Action.ARCHIVE);
  }

  @Test
  void a_user_manager_may_not_change_the_access_or_security_fields_of_an_administrator() {
    assertThat(refused(admin, () -> update(manager, admin, change().set(DISABLED, true))).fields())
        .containsExactly("disabled");
    assertThat(
            refused(
                    admin,
                    () -> update(manager, admin, change().put(CREDENTIALS, password("taken over"))))
                .fields())
        .containsExactly("credentials");
    assertThat(
            refused(
                    admin,
                    () ->
                        update(manager, admin, change().refer(ROLE, Reference.byCode("standard"))))
                .fields())
        .containsExactly("role");
    assertThat(
            dir.useCases
                .authenticate()
                .authenticate("admin", Directory.passwordOf("admin"), "a")
                .role())
        .isEqualTo(Role.ADMINISTRATOR);
  }

  @Test
  void a_user_manager_may_not_take_over_an_hr_account_nor_archive_it() {
    assertThat(
            refused(
                    hr,
                    () -> update(manager, hr, change().put(CREDENTIALS, password("taken over"))))
                .fields())
        .containsExactly("credentials");
    assertThat(refused(hr, () -> archive(manager, hr)).fields()).isEmpty();
    assertThat(
            dir.useCases.authenticate().authenticate("hr", Directory.passwordOf("hr"), "a").role())
        .isEqualTo(Role.HR);
  }

  @Test
  void a_user_manager_may_still_change_the_contact_fields_of_an_administrator() {
    update(manager, admin, change().set(PHONE, "+47 77"));

    assertThat(dir.stored(admin).person().phone()).isEqualTo("+47 77");
  }

  @Test
  void a_user_manager_sets_the_password_of_a_standard_user_without_seeing_it() {
    Revision<User> revision =
        update(manager, ada, change().put(CREDENTIALS, password("reset by manager")));

    assertThat(revision.after().access().credentials()).isEmpty();
    assertThat(revision.changes())
        .singleElement()
        .isEqualTo(new FieldChange("credentials", null, null));
    assertThat(dir.useCases.authenticate().authenticate("ada", "reset by manager", "a").userId())
        .isEqualTo(ada.id());
  }

  @Test
  void a_user_manager_creates_users_and_sets_their_password() {
    Revision<User> created =
        create(manager, newUser("newbie").put(CREDENTIALS, password("welcome")));

    assertThat(created.after().access().credentials()).isEmpty();
    User stored = dir.ports.users().findByUsername("newbie").orElseThrow();
    assertThat(stored.access().credentials())
        .singleElement()
        .satisfies(c -> assertThat(c.hasSecret()).isTrue());
    assertThat(dir.useCases.authenticate().authenticate("newbie", "welcome", "a").role())
        .isEqualTo(Role.STANDARD);
    assertThat(dir.history(stored))
        .singleElement()
        .extracting(AuditRecord::actor)
        .isEqualTo("manager");
  }

  @Test
  void a_user_manager_may_not_create_an_administrator_or_give_a_new_user_hr_data() {
    assertThat(
            refusedCreate(
                    () ->
                        create(
                            manager,
                            newUser("newbie").refer(ROLE, Reference.byCode("administrator"))))
                .fields())
        .containsExactly("role");
    assertThat(
            refusedCreate(() -> create(manager, newUser("newbie").set(BANK_ACCOUNT, "NO1")))
                .fields())
        .containsExactly("bankAccount");
  }

  // HR and the rest

  @Test
  void hr_may_not_create_users() {
    AccessDenied denied = refusedCreate(() -> create(hr, newUser("newbie")));

    assertThat(denied.fields()).isEmpty();
    assertThat(denied.getMessage()).isEqualTo("You may not create users.");
  }

  @Test
  void standard_and_read_only_users_may_not_create_users() {
    refusedCreate(() -> create(ada, newUser("newbie")));
    refusedCreate(() -> create(reader, newUser("newbie")));
  }

  @Test
  void hr_changes_hr_data_and_home_contact_but_not_role_access_or_archival() {
    update(hr, ada, change().set(BANK_ACCOUNT, "NO11 1111 1111 111").set(PRIVATE_CITY, "Tromsø"));

    assertThat(dir.stored(ada).hr().bankAccount()).isEqualTo("NO11 1111 1111 111");
    assertThat(dir.stored(ada).privateContact().city()).isEqualTo("Tromsø");
    assertThat(
            refused(ada, () -> update(hr, ada, change().refer(ROLE, Reference.byCode("hr"))))
                .fields())
        .containsExactly("role");
    assertThat(refused(ada, () -> update(hr, ada, change().set(DISABLED, true))).fields())
        .containsExactly("disabled");
    assertThat(refused(ada, () -> archive(hr, ada)).fields()).isEmpty();
  }

  @Test
  void standard_users_may_not_archive_anyone() {
    refused(bob, () -> archive(ada, bob));
    refused(ada, () -> archive(ada, ada));
  }

  @Test
  void an_administrator_may_make_someone_an_administrator_and_archive_an_administrator() {
    update(
        admin,
        ada,
        change().refer(ROLE, Reference.byCode("administrator")).set(BANK_ACCOUNT, "NO2"));
    archive(admin, ada);

    User stored = dir.stored(ada);
    assertThat(stored.organisation().role()).isEqualTo(dir.roleId(Role.ADMINISTRATOR));
    assertThat(stored.hr().bankAccount()).isEqualTo("NO2");
    assertThat(stored.isArchived()).isTrue();
  }
}
