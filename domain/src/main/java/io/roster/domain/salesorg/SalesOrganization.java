package io.roster.domain.salesorg;

import static io.roster.domain.salesorg.SalesOrganizationFields.ACCOUNTANCY_CODE;
import static io.roster.domain.salesorg.SalesOrganizationFields.ARCHIVED;
import static io.roster.domain.salesorg.SalesOrganizationFields.CITY;
import static io.roster.domain.salesorg.SalesOrganizationFields.CODE;
import static io.roster.domain.salesorg.SalesOrganizationFields.COUNTRY;
import static io.roster.domain.salesorg.SalesOrganizationFields.CURRENCY;
import static io.roster.domain.salesorg.SalesOrganizationFields.DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE;
import static io.roster.domain.salesorg.SalesOrganizationFields.DESCRIPTION;
import static io.roster.domain.salesorg.SalesOrganizationFields.EMAIL;
import static io.roster.domain.salesorg.SalesOrganizationFields.FAX;
import static io.roster.domain.salesorg.SalesOrganizationFields.LANGUAGE;
import static io.roster.domain.salesorg.SalesOrganizationFields.NAME;
import static io.roster.domain.salesorg.SalesOrganizationFields.PHONE;
import static io.roster.domain.salesorg.SalesOrganizationFields.STREET;
import static io.roster.domain.salesorg.SalesOrganizationFields.STREET2;
import static io.roster.domain.salesorg.SalesOrganizationFields.STREET_NUMBER;
import static io.roster.domain.salesorg.SalesOrganizationFields.URL;
import static io.roster.domain.salesorg.SalesOrganizationFields.VAT_REG_CODE;
import static io.roster.domain.salesorg.SalesOrganizationFields.ZIP;

import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.field.Changes;
import io.roster.domain.field.Checks;
import io.roster.domain.field.Draft;
import io.roster.domain.field.FieldChange;
import io.roster.domain.field.Revision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A company's sales organization: every user belongs to exactly one. Immutable; {@link #update}
 * returns the next state and what changed. {@code version} is the optimistic-locking token.
 */
public record SalesOrganization(
    SalesOrganizationId id,
    OrganizationProfile profile,
    RegionalSettings regional,
    PostalAddress address,
    ContactPoints contact,
    boolean archived,
    Instant modifiedAt,
    long version) {

  public SalesOrganization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(regional, "regional");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1: " + version);
    }
  }

  /** A new organization from a draft that covers at least its name. */
  public static Revision<SalesOrganization> create(
      SalesOrganizationId id,
      Draft<SalesOrganization> draft,
      SalesOrganizationDirectory directory,
      Instant now) {
    SalesOrganization created = build(id, draft, null, now, 1, directory);
    return new Revision<>(created, Changes.between(SalesOrganizationFields.ALL, null, created));
  }

  /** This organization with the draft applied; unchanged (same version) when nothing differs. */
  public Revision<SalesOrganization> update(
      Draft<SalesOrganization> draft, SalesOrganizationDirectory directory, Instant now) {
    SalesOrganization candidate = build(id, draft, this, modifiedAt, version, directory);
    List<FieldChange> changes = Changes.between(SalesOrganizationFields.ALL, this, candidate);
    if (changes.isEmpty()) {
      return Revision.unchanged(this);
    }
    return new Revision<>(
        new SalesOrganization(
            id,
            candidate.profile,
            candidate.regional,
            candidate.address,
            candidate.contact,
            candidate.archived,
            now,
            version + 1),
        changes);
  }

  private static SalesOrganization build(
      SalesOrganizationId id,
      Draft<SalesOrganization> d,
      SalesOrganization s,
      Instant modifiedAt,
      long version,
      SalesOrganizationDirectory directory) {
    Checks checks = Checks.start().addAll(d.rejected());
    OrganizationProfile profile =
        checks.attempt(
            () ->
                new OrganizationProfile(
                    d.merged(CODE, s),
                    d.merged(NAME, s),
                    d.merged(DESCRIPTION, s),
                    d.merged(ACCOUNTANCY_CODE, s),
                    d.merged(VAT_REG_CODE, s),
                    d.merged(DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE, s)));
    RegionalSettings regional =
        new RegionalSettings(d.merged(COUNTRY, s), d.merged(CURRENCY, s), d.merged(LANGUAGE, s));
    PostalAddress address =
        checks.attempt(
            () ->
                new PostalAddress(
                    d.merged(STREET, s),
                    d.merged(STREET2, s),
                    d.merged(STREET_NUMBER, s),
                    d.merged(ZIP, s),
                    d.merged(CITY, s)));
    ContactPoints contact =
        checks.attempt(
            () ->
                new ContactPoints(
                    d.merged(EMAIL, s), d.merged(PHONE, s), d.merged(FAX, s), d.merged(URL, s)));
    checks.orThrow();
    String code = profile.code();
    if (code != null && !code.isBlank()) {
      directory
          .holderOfCode(code)
          .filter(holder -> !holder.equals(id))
          .ifPresent(
              holder -> {
                throw UniquenessViolated.of(CODE.name(), code);
              });
    }
    return new SalesOrganization(
        id, profile, regional, address, contact, d.merged(ARCHIVED, s), modifiedAt, version);
  }
}
