package io.roster.domain.salesorg;

import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.FieldChange;
import io.roster.domain.field.Revision;
import io.roster.domain.testkit.SalesOrganizationGen;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SalesOrganizationTest {
  private static final Instant LATER = EPOCH.plusSeconds(3600);
  private static final SalesOrganizationId BENELUX =
      SalesOrganizationId.of(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
  private static final SalesOrganizationId NORDICS =
      SalesOrganizationId.of(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));

  /** No organization holds any code. */
  private static final SalesOrganizationDirectory NO_CODES = code -> Optional.empty();

  /** The Nordics organization holds the code ERP-NORD. */
  private static final SalesOrganizationDirectory NORDICS_HOLD_ERP_NORD =
      code -> code.equals("ERP-NORD") ? Optional.of(NORDICS) : Optional.empty();

  @Test
  void an_organization_needs_a_name() {
    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () ->
                SalesOrganization.create(
                    BENELUX, Draft.<SalesOrganization>builder().build(), NO_CODES, EPOCH));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("name", Code.REQUIRED));
  }

  @Test
  void create_reports_every_broken_rule_at_once() {
    Draft<SalesOrganization> draft =
        benelux()
            .set(SalesOrganizationFields.NAME, " ")
            .set(SalesOrganizationFields.CODE, "C".repeat(51))
            .set(SalesOrganizationFields.ZIP, "1".repeat(51))
            .set(SalesOrganizationFields.EMAIL, "sales at example.com")
            .build();

    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () -> SalesOrganization.create(BENELUX, draft, NO_CODES, EPOCH));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("name", Code.REQUIRED),
            tuple("code", Code.TOO_LONG),
            tuple("zip", Code.TOO_LONG),
            tuple("email", Code.MALFORMED));
  }

  @Test
  void a_code_held_by_another_organization_is_taken() {
    Draft<SalesOrganization> draft =
        benelux().set(SalesOrganizationFields.CODE, "ERP-NORD").build();

    UniquenessViolated failure =
        catchThrowableOfType(
            UniquenessViolated.class,
            () -> SalesOrganization.create(BENELUX, draft, NORDICS_HOLD_ERP_NORD, EPOCH));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("code", Code.TAKEN));
  }

  @Test
  void an_organization_keeping_its_own_code_is_no_clash_with_itself() {
    SalesOrganization nordics =
        create(NORDICS, benelux().set(SalesOrganizationFields.CODE, "ERP-NORD"));

    Revision<SalesOrganization> revision =
        nordics.update(
            benelux()
                .set(SalesOrganizationFields.CODE, "ERP-NORD")
                .set(SalesOrganizationFields.NAME, "Nordics")
                .build(),
            NORDICS_HOLD_ERP_NORD,
            LATER);

    assertThat(revision.after().profile().name()).isEqualTo("Nordics");
  }

  @Test
  void an_update_that_changes_nothing_keeps_the_organization_and_its_version() {
    SalesOrganization benelux = create(BENELUX, benelux());

    Revision<SalesOrganization> revision = benelux.update(benelux().build(), NO_CODES, LATER);

    assertThat(revision.changed()).isFalse();
    assertThat(revision.after()).isSameAs(benelux);
  }

  @Test
  void an_update_lists_the_changed_fields_and_counts_a_new_version() {
    SalesOrganization benelux = create(BENELUX, benelux());

    Revision<SalesOrganization> revision =
        benelux.update(
            benelux()
                .set(SalesOrganizationFields.NAME, "Benelux & Luxembourg")
                .set(SalesOrganizationFields.CITY, null)
                .build(),
            NO_CODES,
            LATER);

    assertThat(revision.changes())
        .containsExactly(
            new FieldChange("name", "Benelux", "Benelux & Luxembourg"),
            new FieldChange("city", "Brussels", null));
    assertThat(revision.after().version()).isEqualTo(2);
    assertThat(revision.after().modifiedAt()).isEqualTo(LATER);
  }

  @Test
  void a_full_draft_applied_twice_is_the_same_as_applied_once() {
    qt().forAll(SalesOrganizationGen.organizations(), SalesOrganizationGen.fullDrafts())
        .checkAssert(
            (organization, draft) -> {
              SalesOrganization once = organization.update(draft, NO_CODES, LATER).after();
              Revision<SalesOrganization> twice =
                  once.update(draft, NO_CODES, LATER.plusSeconds(1));

              assertThat(twice.changed()).isFalse();
              assertThat(twice.after()).isSameAs(once);
            });
  }

  /** A full draft for the Benelux organization, with a name and a city only. */
  private static Draft.Builder<SalesOrganization> benelux() {
    return Draft.covering(SalesOrganizationFields.ALL)
        .set(SalesOrganizationFields.NAME, "Benelux")
        .set(SalesOrganizationFields.CITY, "Brussels");
  }

  private static SalesOrganization create(
      SalesOrganizationId id, Draft.Builder<SalesOrganization> draft) {
    return SalesOrganization.create(id, draft.build(), NO_CODES, EPOCH).after();
  }
}
