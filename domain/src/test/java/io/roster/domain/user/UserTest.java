package io.roster.domain.user;

import static io.roster.domain.testkit.ExampleUsers.created;
import static io.roster.domain.testkit.ExampleUsers.id;
import static io.roster.domain.testkit.ExampleUsers.person;
import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.FieldChange;
import io.roster.domain.field.Revision;
import io.roster.domain.testkit.MapUserDirectory;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UserTest {
  private static final Instant LATER = EPOCH.plusSeconds(3600);

  private final MapUserDirectory directory = new MapUserDirectory();

  @Test
  void create_reports_every_broken_rule_at_once() {
    Draft<User> draft =
        person("ann")
            .set(UserFields.USERNAME, "a".repeat(256))
            .set(UserFields.LASTNAME, null)
            .set(UserFields.EMAIL, "ann.example.com")
            .build();

    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> create(1, draft));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("username", Code.TOO_LONG),
            tuple("lastname", Code.REQUIRED),
            tuple("email", Code.MALFORMED));
  }

  @Test
  void create_from_an_empty_draft_names_every_required_field() {
    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class, () -> create(1, Draft.<User>builder().build()));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("username", Code.REQUIRED),
            tuple("lastname", Code.REQUIRED),
            tuple("email", Code.REQUIRED),
            tuple("salesOrganization", Code.REQUIRED));
  }

  @Test
  void a_username_held_by_another_user_in_another_case_is_taken() {
    created(1, person("ann").set(UserFields.USERNAME, "Ann.Smith@Example.com"), directory);

    UniquenessViolated failure =
        catchThrowableOfType(
            UniquenessViolated.class,
            () ->
                create(2, person("bob").set(UserFields.USERNAME, "ann.smith@example.com").build()));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("username", Code.TAKEN));
  }

  @Test
  void initials_nick_name_and_external_code_held_by_another_user_are_taken_all_at_once() {
    created(1, withKeys(person("ann")), directory);

    UniquenessViolated failure =
        catchThrowableOfType(
            UniquenessViolated.class, () -> create(2, withKeys(person("bob")).build()));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("initials", Code.TAKEN),
            tuple("nickName", Code.TAKEN),
            tuple("externalCode", Code.TAKEN));
  }

  @Test
  void a_user_keeping_their_own_unique_values_is_no_clash_with_themselves() {
    User ann = created(1, withKeys(person("ann")), directory);

    Revision<User> revision =
        ann.update(
            withKeys(person("ann"))
                .set(UserFields.USERNAME, "ANN@example.com")
                .set(UserFields.FIRSTNAME, "Anne")
                .build(),
            directory,
            LATER);

    assertThat(revision.after().login().username()).isEqualTo("ANN@example.com");
    assertThat(revision.after().person().firstname()).isEqualTo("Anne");
  }

  @Test
  void an_update_that_changes_nothing_returns_the_same_user_with_the_same_version() {
    User ann = created(1, person("ann").set(UserFields.PHONE, "+32 2 555 01 01"), directory);

    Revision<User> revision =
        ann.update(
            person("ann").set(UserFields.PHONE, "+32 2 555 01 01").build(), directory, LATER);

    assertThat(revision.changed()).isFalse();
    assertThat(revision.after()).isSameAs(ann);
    assertThat(revision.after().lifecycle().version()).isEqualTo(1);
    assertThat(revision.after().lifecycle().modifiedAt()).isEqualTo(EPOCH);
  }

  @Test
  void a_field_outside_the_draft_keeps_its_value_and_a_covered_field_without_value_is_cleared() {
    User ann =
        created(
            1,
            person("ann").set(UserFields.PHONE, "+32 2 555 01 01").set(UserFields.SKYPE, "ann.x"),
            directory);

    User after =
        ann.update(
                Draft.<User>builder()
                    .cover(UserFields.PHONE)
                    .set(UserFields.FIRSTNAME, "Anne")
                    .build(),
                directory,
                LATER)
            .after();

    assertThat(after.person().phone()).isNull();
    assertThat(after.person().firstname()).isEqualTo("Anne");
    assertThat(after.person().skype()).isEqualTo("ann.x");
    assertThat(after.login().username()).isEqualTo("ann@example.com");
  }

  @Test
  void an_update_never_changes_identity_creation_time_or_log_on_times() {
    Instant login = EPOCH.plusSeconds(60);
    Instant logout = EPOCH.plusSeconds(120);
    User ann = loggedOn(created(1, person("ann"), directory), login, logout, 3);

    User after =
        ann.update(person("ann").set(UserFields.FIRSTNAME, "Anne").build(), directory, LATER)
            .after();

    assertThat(after.id()).isEqualTo(id(1));
    assertThat(after.associateId()).isEqualTo(AssociateId.of(1));
    assertThat(after.lifecycle()).isEqualTo(new Lifecycle(false, EPOCH, LATER, login, logout, 4));
  }

  @Test
  void the_changes_name_exactly_the_changed_fields_with_their_text_before_and_after() {
    User ann =
        created(
            1,
            person("ann")
                .set(UserFields.PHONE, "+32 2 555 01 01")
                .set(UserFields.MOBILE, "+32 470 12 34 56"),
            directory);

    Revision<User> revision =
        ann.update(
            person("ann")
                .set(UserFields.FIRSTNAME, "Anne")
                .set(UserFields.MOBILE, "+32 470 12 34 56")
                .set(UserFields.RANK, 3)
                .build(),
            directory,
            LATER);

    assertThat(revision.changes())
        .containsExactly(
            new FieldChange("firstname", "ann", "Anne"),
            new FieldChange("phone", "+32 2 555 01 01", null),
            new FieldChange("rank", "0", "3"));
  }

  @Test
  void archiving_stops_log_on_and_lists_only_the_archived_flag_as_changed() {
    User ann = created(1, person("ann"), directory);

    Revision<User> revision = ann.archive(LATER);

    assertThat(revision.after().canLogOn()).isFalse();
    assertThat(revision.changes()).containsExactly(new FieldChange("archived", "false", "true"));
    assertThat(revision.after().archive(LATER.plusSeconds(1)).after()).isSameAs(revision.after());
  }

  @Test
  void the_text_of_a_user_never_shows_hr_data() {
    User ann =
        created(
            1,
            person("ann")
                .set(UserFields.BANK_ACCOUNT, "BE68539007547034")
                .set(UserFields.SOCIAL_SECURITY, "85073003328")
                .set(UserFields.EMERGENCY_CONTACT, "Bob Emergency")
                .set(UserFields.BIRTHDATE, LocalDate.of(1985, 7, 30)),
            directory);

    assertThat(ann.toString())
        .contains("HrData[***]")
        .doesNotContain("BE68539007547034", "85073003328", "Bob Emergency", "1985-07-30");
  }

  @Test
  void an_error_about_an_hr_field_never_repeats_its_value() {
    String tooLong = "BE" + "9".repeat(49);

    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () -> create(1, person("ann").set(UserFields.BANK_ACCOUNT, tooLong).build()));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("bankAccount", Code.TOO_LONG));
    assertThat(failure.getMessage()).doesNotContain(tooLong);
  }

  private User create(int n, Draft<User> draft) {
    return User.create(id(n), AssociateId.of(n), draft, directory, EPOCH).after();
  }

  private static Draft.Builder<User> withKeys(Draft.Builder<User> draft) {
    return draft
        .set(UserFields.INITIALS, "AS")
        .set(UserFields.NICK_NAME, "Annie")
        .set(UserFields.EXTERNAL_CODE, "HR-0001");
  }

  private static User loggedOn(User user, Instant login, Instant logout, long version) {
    Lifecycle lifecycle =
        new Lifecycle(
            false,
            user.lifecycle().createdAt(),
            user.lifecycle().modifiedAt(),
            login,
            logout,
            version);
    return new User(
        user.id(),
        user.associateId(),
        user.login(),
        user.person(),
        user.privateContact(),
        user.hr(),
        user.organisation(),
        user.access(),
        user.customFields(),
        lifecycle);
  }
}
