package io.roster.domain.user;

import static io.roster.domain.testkit.ExampleUsers.id;
import static io.roster.domain.testkit.ExampleUsers.person;
import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.testkit.Spelling;
import io.roster.domain.testkit.TextGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * User names, initials, nick names and external codes are unique ignoring case and surrounding
 * whitespace.
 */
class UniqueKeyTest {
  private final MapUserDirectory directory = new MapUserDirectory();

  @Test
  void a_key_is_the_value_stripped_of_surrounding_whitespace_and_lower_cased() {
    assertThat(UniqueKey.normalize(" \tAda@Example.TEST\u2003")).isEqualTo("ada@example.test");
    assertThat(UniqueKey.normalize("Ada  Lovelace")).isEqualTo("ada  lovelace");
    assertThat(UniqueKey.normalize("  ")).isNull();
    assertThat(UniqueKey.normalize(null)).isNull();
    assertThat(new UniqueKey(UniqueKey.Kind.NICK_NAME, " TURING "))
        .isEqualTo(new UniqueKey(UniqueKey.Kind.NICK_NAME, "turing"));
    assertThat(new UniqueKey(UniqueKey.Kind.NICK_NAME, "turing"))
        .isNotEqualTo(new UniqueKey(UniqueKey.Kind.INITIALS, "turing"));
    assertThat(UniqueKey.of(UniqueKey.Kind.INITIALS, " ")).isEmpty();
    assertThatThrownBy(() -> UniqueKey.username(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unique_values_are_kept_without_surrounding_whitespace_in_the_case_given() {
    User ada =
        create(
            1,
            person("ada")
                .set(UserFields.USERNAME, " Ada@Example.TEST ")
                .set(UserFields.INITIALS, "\tAL ")
                .set(UserFields.NICK_NAME, " Countess")
                .set(UserFields.EXTERNAL_CODE, "ERP-1 ")
                .build());

    assertThat(ada.login()).isEqualTo(new Login("Ada@Example.TEST", "AL", "Countess", "ERP-1"));
    assertThat(ada.login().uniqueKeys())
        .extracting(UniqueKey::value)
        .containsExactly("ada@example.test", "al", "countess", "erp-1");
  }

  @Test
  void every_spelling_of_a_value_held_by_another_user_is_taken() {
    qt().withExamples(200)
        .forAll(
            Generate.enumValues(UniqueKey.Kind.class),
            TextGen.uniqueValues(30),
            Spelling.spellings(40),
            Spelling.spellings(40))
        .checkAssert(
            (kind, value, first, second) -> {
              MapUserDirectory users = new MapUserDirectory();
              User holder =
                  User.create(
                          id(1),
                          AssociateId.of(1),
                          person("holder").set(kind.source(), first.of(value)).build(),
                          users,
                          EPOCH)
                      .after();
              users.put(holder);

              UniquenessViolated failure =
                  catchThrowableOfType(
                      UniquenessViolated.class,
                      () ->
                          User.create(
                              id(2),
                              AssociateId.of(2),
                              person("other").set(kind.source(), second.of(value)).build(),
                              users,
                              EPOCH));

              assertThat(failure)
                  .as("%s %s after %s", kind, second.of(value), first.of(value))
                  .isNotNull();
              assertThat(failure.errors())
                  .extracting(FieldError::field, FieldError::code, FieldError::message)
                  .containsExactly(
                      tuple(
                          kind.field(),
                          Code.TAKEN,
                          "'" + second.of(value).strip() + "' is already taken by another user"));
              assertThat(kind.source().get(holder)).isEqualTo(first.of(value).strip());
            });
  }

  @Test
  void a_nick_name_differing_only_in_case_is_taken_and_the_message_quotes_it_as_given() {
    create(1, person("alan").set(UserFields.NICK_NAME, "turing").build());

    UniquenessViolated failure =
        catchThrowableOfType(
            UniquenessViolated.class,
            () -> create(2, person("other").set(UserFields.NICK_NAME, " TURING ").build()));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code, FieldError::message)
        .containsExactly(
            tuple("nickName", Code.TAKEN, "'TURING' is already taken by another user"));
  }

  @Test
  void a_user_may_respell_their_own_values() {
    User alan =
        create(
            1,
            person("alan")
                .set(UserFields.USERNAME, "alan.turing@example.com")
                .set(UserFields.NICK_NAME, "turing")
                .build());

    User after =
        alan.update(
                Draft.<User>builder()
                    .set(UserFields.USERNAME, " Alan.Turing@example.com ")
                    .set(UserFields.NICK_NAME, "TURING")
                    .build(),
                directory,
                EPOCH.plusSeconds(1))
            .after();

    assertThat(after.login().username()).isEqualTo("Alan.Turing@example.com");
    assertThat(after.login().nickName()).isEqualTo("TURING");
  }

  @Test
  void taken_values_are_reported_together_with_every_other_error() {
    create(1, person("ada").set(UserFields.NICK_NAME, "Countess").build());

    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () ->
                create(
                    2,
                    person("other")
                        .set(UserFields.USERNAME, " ADA@example.com ")
                        .set(UserFields.NICK_NAME, "countess")
                        .set(UserFields.LASTNAME, null)
                        .set(UserFields.RANK, -1)
                        .build()));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("lastname", Code.REQUIRED),
            tuple("rank", Code.OUT_OF_RANGE),
            tuple("username", Code.TAKEN),
            tuple("nickName", Code.TAKEN));
  }

  @Test
  void a_value_that_breaks_a_rule_of_its_own_is_not_also_reported_as_taken() {
    create(1, person("ada").set(UserFields.INITIALS, "AL").build());

    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () ->
                create(
                    2,
                    person("ada")
                        .set(UserFields.INITIALS, "X".repeat(51))
                        .set(UserFields.EMAIL, "not an address")
                        .build()));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("initials", Code.TOO_LONG),
            tuple("email", Code.MALFORMED),
            tuple("username", Code.TAKEN));
  }

  @Test
  void a_team_leadership_error_comes_with_the_taken_values_too() {
    create(1, person("ada").build());
    User member = create(2, person("member").build());

    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () -> create(3, person("ada").set(UserFields.TEAM_LEADER, member.id()).build()));

    assertThat(failure.errors()).extracting(FieldError::field).contains("teamLeader", "username");
  }

  private User create(int n, Draft<User> draft) {
    return directory.put(User.create(id(n), AssociateId.of(n), draft, directory, EPOCH).after());
  }
}
