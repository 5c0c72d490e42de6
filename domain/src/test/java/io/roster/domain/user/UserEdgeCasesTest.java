package io.roster.domain.user;

import static io.roster.domain.testkit.ExampleUsers.created;
import static io.roster.domain.testkit.ExampleUsers.person;
import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.customfield.CustomFieldSchema;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.customfield.ExtraFieldDeclaration;
import io.roster.domain.customfield.ExtraFieldType;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.FieldChange;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.testkit.MapUserDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Edge cases: hostile custom-field values, blank unique values, per-key changes, all errors at
 * once.
 */
class UserEdgeCasesTest {
  private static final CustomFieldSchema SCHEMA =
      CustomFieldSchema.of(
          List.of(
              ExtraFieldDeclaration.of("x_count", ExtraFieldType.INTEGER),
              ExtraFieldDeclaration.of("x_price", ExtraFieldType.DECIMAL)));

  private final MapUserDirectory directory = new MapUserDirectory(SCHEMA);

  @Test
  void a_short_decimal_never_expands_beyond_what_a_custom_field_can_hold() {
    // "1e2000000000" (12 characters) would be written out as 2 billion digits.
    Optional<String> canonical =
        ExtraFieldDeclaration.of("x_price", ExtraFieldType.DECIMAL).canonical("1e5000");

    assertThat(canonical.map(String::length).orElse(0))
        .isLessThanOrEqualTo(CustomFields.MAX_VALUE_LENGTH);
  }

  @Test
  void blank_initials_are_no_clash_between_two_users() {
    created(1, person("ann").set(UserFields.INITIALS, " "), directory);

    assertThatCode(() -> created(2, person("bob").set(UserFields.INITIALS, " "), directory))
        .doesNotThrowAnyException();
  }

  @Test
  void a_changed_custom_field_is_listed_under_its_own_name() {
    User ann =
        created(
            1,
            person("ann").put(UserFields.CUSTOM_FIELDS, KeyedEntries.all(Map.of("udf7", "blue"))),
            directory);

    List<FieldChange> changes =
        ann.update(
                Draft.<User>builder()
                    .put(UserFields.CUSTOM_FIELDS, KeyedEntries.all(Map.of("udf7", "green")))
                    .build(),
                directory,
                EPOCH.plusSeconds(60))
            .changes();

    assertThat(changes).containsExactly(new FieldChange("customFields.udf7", "blue", "green"));
  }

  @Test
  void a_too_long_udf_and_a_malformed_extra_field_are_reported_together() {
    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () ->
                created(
                    1,
                    person("ann")
                        .put(
                            UserFields.CUSTOM_FIELDS,
                            KeyedEntries.all(Map.of("udf3", "v".repeat(4001), "x_count", "many"))),
                    directory));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("customFields.udf3", Code.TOO_LONG),
            tuple("customFields.x_count", Code.MALFORMED));
  }

  @Test
  void a_new_user_lists_only_the_fields_given_a_value_not_the_defaults() {
    List<FieldChange> changes =
        User.create(
                UserId.random(),
                AssociateId.of(9),
                Draft.<User>builder()
                    .set(UserFields.USERNAME, "ann")
                    .set(UserFields.LASTNAME, "Ann")
                    .set(UserFields.EMAIL, "ann@example.test")
                    .set(UserFields.SALES_ORGANIZATION, SalesOrganizationId.random())
                    .build(),
                directory,
                EPOCH)
            .changes();

    assertThat(changes)
        .extracting(FieldChange::field)
        .containsExactlyInAnyOrder("username", "lastname", "email", "salesOrganization");
  }

  @Test
  void a_new_password_reads_as_a_change_though_no_secret_is_shown() {
    User ann =
        created(
            1,
            person("ann")
                .put(
                    UserFields.CREDENTIALS,
                    List.of(new CredentialDraft("Password", Secret.hashed("h1"), null))),
            directory);

    List<FieldChange> changes =
        ann.update(
                Draft.<User>builder()
                    .put(
                        UserFields.CREDENTIALS,
                        List.of(new CredentialDraft("Password", Secret.hashed("h2"), null)))
                    .build(),
                directory,
                EPOCH.plusSeconds(1))
            .changes();

    assertThat(changes)
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.after()).isNotEqualTo(change.before()).doesNotContain("h1", "h2");
              assertThat(change.before()).doesNotContain("h1");
            });
  }

  @Test
  void a_stored_value_of_an_extra_field_no_longer_declared_does_not_block_other_updates() {
    User ann =
        created(
            1,
            person("ann").put(UserFields.CUSTOM_FIELDS, KeyedEntries.all(Map.of("x_count", "3"))),
            directory);
    MapUserDirectory withoutDeclaration = new MapUserDirectory(CustomFieldSchema.UDF_ONLY);

    User renamed =
        ann.update(
                Draft.<User>builder().set(UserFields.LASTNAME, "Other").build(),
                withoutDeclaration,
                EPOCH.plusSeconds(1))
            .after();

    assertThat(renamed.customFields().get("x_count")).isEqualTo("3");
  }
}
