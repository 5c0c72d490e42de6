package io.roster.domain.customfield;

import static io.roster.domain.testkit.ExampleUsers.created;
import static io.roster.domain.testkit.ExampleUsers.person;
import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.field.Revision;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomFieldsTest {
  private static final CustomFieldSchema SCHEMA =
      CustomFieldSchema.of(
          List.of(
              ExtraFieldDeclaration.of("x_count", ExtraFieldType.INTEGER),
              ExtraFieldDeclaration.of("x_price", ExtraFieldType.DECIMAL),
              ExtraFieldDeclaration.of("x_active", ExtraFieldType.BOOLEAN),
              ExtraFieldDeclaration.of("x_hired", ExtraFieldType.DATE),
              ExtraFieldDeclaration.of("x_since", ExtraFieldType.DATE_TIME),
              new ExtraFieldDeclaration(
                  "x_size", ExtraFieldType.LIST, List.of("Small", "Medium", "Large"))));

  @Test
  void udf_names_ignore_case() {
    CustomFields fields = new CustomFields(Map.of("UDF7", "blue"));

    assertThat(fields.values()).containsExactly(entry("udf7", "blue"));
    assertThat(fields.get("Udf7")).isEqualTo("blue");
  }

  @ParameterizedTest
  @ValueSource(strings = {"udf0", "udf101", "colour"})
  void a_name_that_is_neither_a_udf_nor_an_extra_field_is_unknown(String name) {
    assertThat(errorsOf(() -> new CustomFields(Map.of(name, "x"))))
        .containsExactly(tuple("customFields." + name, Code.UNKNOWN));
  }

  @Test
  void a_value_of_more_than_4000_characters_is_too_long() {
    assertThat(new CustomFields(Map.of("udf8", "v".repeat(4000))).get("udf8")).hasSize(4000);
    assertThat(errorsOf(() -> new CustomFields(Map.of("UDF9", "v".repeat(4001)))))
        .containsExactly(tuple("customFields.udf9", Code.TOO_LONG));
  }

  @Test
  void a_draft_scoped_to_the_udfs_sets_and_clears_udfs_and_keeps_the_extra_fields() {
    CustomFields stored = new CustomFields(Map.of("udf1", "a", "udf2", "b", "x_count", "7"));

    Map<String, String> merged =
        CustomFields.merge(
            stored.values(), new KeyedEntries<>(CustomFields.udfScope(), Map.of("UDF1", "A")));

    assertThat(merged).containsOnly(entry("udf1", "A"), entry("x_count", "7"));
  }

  @Test
  void a_draft_scoped_to_the_extra_fields_keeps_the_udfs() {
    CustomFields stored = new CustomFields(Map.of("udf1", "a", "x_count", "7"));

    Map<String, String> merged = CustomFields.merge(stored.values(), extras("x_price", "2"));

    assertThat(merged).containsOnly(entry("udf1", "a"), entry("x_price", "2"));
  }

  @Test
  void extra_field_values_are_kept_in_the_canonical_form_of_their_declared_type() {
    CustomFields conformed =
        SCHEMA.conform(
            new CustomFields(
                    Map.of(
                        "x_count", "007",
                        "x_price", "1.50",
                        "x_active", "1",
                        "x_hired", "2026-02-28",
                        "x_since", "2026-03-01T10:15:30+02:00",
                        "X_SIZE", "medium",
                        "udf1", " kept as given "))
                .values(),
            Map.of());

    assertThat(conformed.values())
        .containsOnly(
            entry("x_count", "7"),
            entry("x_price", "1.5"),
            entry("x_active", "true"),
            entry("x_hired", "2026-02-28"),
            entry("x_since", "2026-03-01T08:15:30Z"),
            entry("x_size", "Medium"),
            entry("udf1", " kept as given "));
  }

  @Test
  void an_undeclared_extra_field_and_values_of_the_wrong_type_are_all_rejected_naming_each_field() {
    CustomFields fields =
        new CustomFields(
            Map.of(
                "x_unknown", "1",
                "x_count", "seven",
                "x_hired", "2026-02-30",
                "x_since", "2026-03-01T10:15:30",
                "x_size", "Huge"));

    assertThat(errorsOf(() -> SCHEMA.conform(fields.values(), Map.of())))
        .containsExactlyInAnyOrder(
            tuple("customFields.x_unknown", Code.UNKNOWN),
            tuple("customFields.x_count", Code.MALFORMED),
            tuple("customFields.x_hired", Code.MALFORMED),
            tuple("customFields.x_since", Code.MALFORMED),
            tuple("customFields.x_size", Code.MALFORMED));
  }

  @Test
  void a_user_update_giving_a_stored_extra_value_in_another_spelling_changes_nothing() {
    MapUserDirectory directory = new MapUserDirectory(SCHEMA);
    User ann =
        created(
            1, person("ann").put(UserFields.CUSTOM_FIELDS, extras("x_price", "1.5")), directory);

    Revision<User> revision =
        ann.update(
            Draft.<User>builder()
                .put(UserFields.CUSTOM_FIELDS, extras("X_Price", " 1.500 "))
                .build(),
            directory,
            EPOCH.plusSeconds(60));

    assertThat(revision.after()).isSameAs(ann);
  }

  @Test
  void custom_field_errors_are_reported_with_the_other_field_errors_of_a_user() {
    MapUserDirectory directory = new MapUserDirectory(SCHEMA);
    Draft.Builder<User> draft =
        person("ann")
            .set(UserFields.LASTNAME, " ")
            .put(UserFields.CUSTOM_FIELDS, KeyedEntries.all(Map.of("udf3", "v".repeat(4001))));

    assertThat(errorsOf(() -> created(1, draft, directory)))
        .containsExactlyInAnyOrder(
            tuple("lastname", Code.REQUIRED), tuple("customFields.udf3", Code.TOO_LONG));
  }

  private static KeyedEntries<String> extras(String name, String value) {
    return new KeyedEntries<>(CustomFields.extraScope(), Map.of(name, value));
  }

  private static List<Tuple> errorsOf(ThrowingCallable work) {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, work);
    assertThat(failure).as("a validation failure").isNotNull();
    return failure.errors().stream().map(e -> tuple(e.field(), e.code())).toList();
  }
}
