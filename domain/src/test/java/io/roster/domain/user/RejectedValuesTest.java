package io.roster.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.testkit.ExampleUsers;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.testkit.UserGen;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A value a request gave that could not be read is reported with every other error, and changes
 * nothing.
 */
class RejectedValuesTest {
  private final MapUserDirectory directory = new MapUserDirectory();
  private static final FieldError BAD_DATE =
      new FieldError("birthdate", FieldError.Code.MALFORMED, "is not a date");

  @Test
  void a_rejected_value_is_reported_with_the_errors_of_the_rest_of_the_draft() {
    User ada =
        ExampleUsers.created(
            1,
            ExampleUsers.person("ada").set(UserFields.BIRTHDATE, LocalDate.of(1815, 12, 10)),
            directory);
    Draft<User> draft =
        Draft.<User>builder()
            .set(UserFields.LASTNAME, null)
            .set(UserFields.BIRTHDATE, LocalDate.of(2000, 1, 1))
            .reject(UserFields.BIRTHDATE, BAD_DATE)
            .build();

    assertThat(draft.covers(UserFields.BIRTHDATE)).isFalse();
    assertThat(draft.rejected()).containsExactly(BAD_DATE);
    assertThatThrownBy(() -> ada.update(draft, directory, UserGen.EPOCH.plusSeconds(60)))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("birthdate", "lastname"));
  }

  @Test
  void a_draft_whose_only_fault_is_a_rejected_value_fails_too() {
    Draft<User> draft = ExampleUsers.person("grace").reject(BAD_DATE).build();

    assertThatThrownBy(
            () ->
                User.create(ExampleUsers.id(2), AssociateId.of(2), draft, directory, UserGen.EPOCH))
        .isInstanceOfSatisfying(
            ValidationFailed.class, e -> assertThat(e.errors()).containsExactly(BAD_DATE));
  }

  @Test
  void rejected_values_survive_every_change_of_the_draft() {
    Draft<User> draft = ExampleUsers.person("grace").reject(BAD_DATE).build();

    assertThat(
            draft.without(UserFields.FIRSTNAME).replacing(UserFields.LASTNAME, "Hopper").rejected())
        .containsExactly(BAD_DATE);
    assertThat(draft.resolve((field, references) -> null).rejected()).containsExactly(BAD_DATE);
  }
}
