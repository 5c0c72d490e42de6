package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.application.fixtures.Directory;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import org.junit.jupiter.api.Test;

/** A validation runs every check of the real write and keeps nothing. */
class ValidateUserTest {
  private final Directory dir = new Directory();
  private final User admin = dir.user("admin", Role.ADMINISTRATOR);
  private final User ada = dir.user("ada", Role.STANDARD);

  @Test
  void a_valid_new_user_has_no_errors_and_is_not_created() {
    long users = dir.userCount();

    var errors =
        dir.useCases
            .validateUser()
            .validate(
                new CreateUserCommand(
                    dir.as(admin), null, dir.fullDraft("newbie", Role.STANDARD).build()));

    assertThat(errors).isEmpty();
    assertThat(dir.userCount()).isEqualTo(users);
  }

  @Test
  void an_invalid_new_user_gets_every_field_error() {
    var errors =
        dir.useCases
            .validateUser()
            .validate(
                new CreateUserCommand(
                    dir.as(admin),
                    null,
                    Draft.<User>builder()
                        .set(UserFields.EMAIL, "not an address")
                        .set(UserFields.SALES_ORGANIZATION, dir.oslo.id())
                        .refer(UserFields.USER_GROUP, Reference.byNumber(999_999))
                        .build()));

    assertThat(errors)
        .extracting(FieldError::field)
        .contains("username", "lastname", "email", "userGroup");
  }

  @Test
  void an_update_is_checked_against_the_other_users_and_nothing_changes() {
    User before = dir.stored(ada);

    var taken =
        dir.useCases
            .validateUser()
            .validate(
                new UpdateUserCommand(
                    dir.as(admin),
                    ada.id(),
                    null,
                    Precondition.none(),
                    Directory.putBack(before).set(UserFields.USERNAME, "ADMIN").build()));
    var fine =
        dir.useCases
            .validateUser()
            .validate(
                new UpdateUserCommand(
                    dir.as(admin),
                    ada.id(),
                    null,
                    Precondition.none(),
                    Directory.putBack(before).set(UserFields.TOOLTIP, "changed").build()));

    assertThat(taken).extracting(FieldError::field).containsExactly("username");
    assertThat(fine).isEmpty();
    assertThat(dir.stored(ada)).isEqualTo(before);
    assertThat(dir.history(ada)).hasSize(1);
  }

  @Test
  void a_taken_user_name_is_reported_together_with_the_other_field_errors() {
    var errors =
        dir.useCases
            .validateUser()
            .validate(
                new CreateUserCommand(
                    dir.as(admin),
                    null,
                    Draft.<User>builder()
                        .set(UserFields.USERNAME, " ADA ")
                        .set(UserFields.NICK_NAME, "NICK-ada")
                        .set(UserFields.EMAIL, "not an address")
                        .set(UserFields.SALES_ORGANIZATION, dir.oslo.id())
                        .build()));

    assertThat(errors)
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("lastname", FieldError.Code.REQUIRED),
            tuple("email", FieldError.Code.MALFORMED),
            tuple("username", FieldError.Code.TAKEN),
            tuple("nickName", FieldError.Code.TAKEN));
    assertThat(errors)
        .filteredOn(e -> e.field().equals("username"))
        .extracting(FieldError::message)
        .containsExactly("'ADA' is already taken by another user");
  }

  @Test
  void a_taken_value_is_reported_together_with_a_reference_that_names_nothing() {
    var errors =
        dir.useCases
            .validateUser()
            .validate(
                new UpdateUserCommand(
                    dir.as(admin),
                    admin.id(),
                    null,
                    Precondition.none(),
                    Directory.putBack(dir.stored(admin))
                        .set(UserFields.EXTERNAL_CODE, "ext-ADA ")
                        .refer(UserFields.USER_GROUP, Reference.byNumber(999_999))
                        .build()));

    assertThat(errors)
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("userGroup", FieldError.Code.NOT_FOUND),
            tuple("externalCode", FieldError.Code.TAKEN));
  }

  @Test
  void
      a_write_with_taken_values_and_other_errors_fails_validation_with_all_of_them_and_with_taken_values_only_is_a_clash() {
    Throwable mixed =
        catchThrowable(
            () ->
                dir.useCases
                    .createUser()
                    .create(
                        new CreateUserCommand(
                            dir.as(admin),
                            null,
                            dir.fullDraft("ADA", Role.STANDARD)
                                .set(UserFields.USERNAME, " Ada ")
                                .set(UserFields.LASTNAME, null)
                                .build())));
    Throwable clash =
        catchThrowable(
            () ->
                dir.useCases
                    .createUser()
                    .create(
                        new CreateUserCommand(
                            dir.as(admin),
                            null,
                            dir.fullDraft("newbie", Role.STANDARD)
                                .set(UserFields.USERNAME, "ADA")
                                .build())));

    assertThat(mixed)
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactlyInAnyOrder(
                        tuple("lastname", FieldError.Code.REQUIRED),
                        tuple("username", FieldError.Code.TAKEN),
                        tuple("initials", FieldError.Code.TAKEN),
                        tuple("nickName", FieldError.Code.TAKEN),
                        tuple("externalCode", FieldError.Code.TAKEN)));
    assertThat(clash)
        .isInstanceOfSatisfying(
            UniquenessViolated.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("username"));
  }

  @Test
  void a_caller_who_may_not_write_is_refused_not_validated() {
    Principal reader = dir.as(dir.user("reader", Role.READ_ONLY));

    Throwable thrown =
        catchThrowable(
            () ->
                dir.useCases
                    .validateUser()
                    .validate(
                        new CreateUserCommand(
                            reader, null, dir.fullDraft("newbie", Role.STANDARD).build())));

    assertThat(thrown).isInstanceOf(AccessDenied.class);
  }
}
