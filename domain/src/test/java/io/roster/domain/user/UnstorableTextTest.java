package io.roster.domain.user;

import static io.roster.domain.testkit.ExampleUsers.created;
import static io.roster.domain.testkit.ExampleUsers.id;
import static io.roster.domain.testkit.ExampleUsers.person;
import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.field.StorableText;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.testkit.MapUserDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text XML 1.0 cannot carry (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
 * unpaired surrogates) is refused as a draft gives it, with a field error naming the field, in
 * every text field, and nothing changes; a value kept before the rule still reads.
 */
class UnstorableTextTest {
  private static final Instant LATER = EPOCH.plusSeconds(3600);

  private final MapUserDirectory directory = new MapUserDirectory();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "\u0001",
        "tab\u000Bvertical",
        "\u001F",
        "\uFFFE",
        "x\uFFFF",
        "\uD800"
      })
  void characters_xml_cannot_carry_are_refused(String text) {
    assertThat(StorableText.storable(text)).as(text).isFalse();
    assertThat(StorableText.check("notes", text))
        .get()
        .extracting(FieldError::field, FieldError::code)
        .containsExactly("notes", Code.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"plain", "tab\tnew\nline\r", "é ø ß 日本", "\uD83D\uDE00 emoji", "\u007F\u0085", ""})
  void every_other_character_is_kept(String text) {
    assertThat(StorableText.storable(text)).as(text).isTrue();
    assertThat(StorableText.check("notes", text)).isEmpty();
  }

  @Test
  void an_unpaired_low_surrogate_and_a_high_one_at_the_end_are_refused() {
    assertThat(StorableText.firstRefused("ok\uDC00")).isEqualTo(2);
    assertThat(StorableText.firstRefused("\uD83D\uDE00\uD83D")).isEqualTo(2);
    assertThat(StorableText.check("firstname", "a\u0000b").orElseThrow().message())
        .isEqualTo("must not contain the character U+0000");
  }

  @Test
  void an_update_giving_such_text_names_every_field_at_once() {
    User ada = created(1, person("ada"), directory);
    Draft<User> draft =
        person("ada")
            .set(UserFields.FIRSTNAME, "A\u0000da")
            .set(UserFields.NOTES, "line\u0007bell")
            .set(UserFields.BANK_ACCOUNT, "\uFFFF")
            .put(
                UserFields.CUSTOM_FIELDS,
                new KeyedEntries<>(CustomFields.udfScope(), Map.of("UDF1", "a\u0000b")))
            .put(
                UserFields.CREDENTIALS,
                List.of(new CredentialDraft("Ticket\u0001", Secret.keep(), "shown\uD800")))
            .build();

    ValidationFailed failure =
        catchThrowableOfType(ValidationFailed.class, () -> ada.update(draft, directory, LATER));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("firstname", Code.MALFORMED),
            tuple("notes", Code.MALFORMED),
            tuple("bankAccount", Code.MALFORMED),
            tuple("customFields.udf1", Code.MALFORMED),
            tuple("credentials[0].type", Code.MALFORMED),
            tuple("credentials[0].displayValue", Code.MALFORMED));
  }

  @Test
  void a_required_field_holding_such_text_is_reported_once_not_as_missing() {
    Draft<User> draft = person("nul").set(UserFields.LASTNAME, "\u0000").build();

    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () -> User.create(id(2), AssociateId.of(2), draft, directory, EPOCH));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("lastname", Code.MALFORMED));
  }

  @Test
  void a_value_kept_before_the_rule_reads_and_other_fields_still_change() {
    User ada = created(1, person("ada"), directory);
    Person kept = ada.person();
    User legacy =
        new User(
            ada.id(),
            ada.associateId(),
            ada.login(),
            new Person(
                kept.firstname(),
                kept.lastname(),
                kept.email(),
                kept.phone(),
                kept.fax(),
                kept.mobile(),
                kept.skype(),
                "kept\u0000before",
                kept.language()),
            ada.privateContact(),
            ada.hr(),
            ada.organisation(),
            ada.access(),
            ada.customFields(),
            ada.lifecycle());

    User after =
        legacy
            .update(
                Draft.<User>builder().set(UserFields.MOBILE, "+4799999999").build(),
                directory,
                LATER)
            .after();

    assertThat(after.person().mobile()).isEqualTo("+4799999999");
    assertThat(after.person().notes()).isEqualTo("kept\u0000before");
  }

  @Test
  void a_sales_organization_refuses_such_text_too() {
    Draft<SalesOrganization> draft =
        Draft.<SalesOrganization>builder()
            .set(SalesOrganizationFields.NAME, "Oslo\u0000")
            .set(SalesOrganizationFields.CITY, "\u0002")
            .build();

    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () ->
                SalesOrganization.create(
                    SalesOrganizationId.of(UUID.randomUUID()),
                    draft,
                    code -> Optional.empty(),
                    EPOCH));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(tuple("name", Code.MALFORMED), tuple("city", Code.MALFORMED));
  }
}
