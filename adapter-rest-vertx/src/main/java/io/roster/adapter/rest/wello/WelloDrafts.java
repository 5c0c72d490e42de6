package io.roster.adapter.rest.wello;

import static io.roster.domain.user.UserFields.*;

import io.roster.domain.customfield.CustomFields;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.Scoped;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.EmbeddedSalesOrganization;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a Wello request body says, as drafts. A user's draft covers exactly the fields Wello shows,
 * so a PUT replaces them and keeps every other field (initials, role, extra fields, other licences).
 */
final class WelloDrafts {
  private WelloDrafts() {}

  /** The user fields the Wello dialect shows. */
  static final List<Field<User, ?>> VIEW =
      List.of(
          USERNAME, FIRSTNAME, LASTNAME, EXTERNAL_CODE, ARCHIVED, DISABLED, EMERGENCY_CONTACT,
          BANK_ACCOUNT, SOCIAL_SECURITY, PLACE_OF_BIRTH, NATIONALITY, FUNCTIONS, BIRTHDATE, SKYPE,
          NOTES, LANGUAGE, SALES_ORGANIZATION, IS_TEAM_LEADER, TEAM_LEADER, EMAIL, PHONE, FAX,
          MOBILE, PRIVATE_EMAIL, PRIVATE_PHONE, PRIVATE_FAX, PRIVATE_MOBILE, PRIVATE_STREET,
          PRIVATE_STREET_NUMBER, PRIVATE_CITY, PRIVATE_ZIP, PRIVATE_COUNTRY, LICENCES, USER_GROUP,
          CUSTOM_FIELDS);

  private static final Set<String> APP_LICENCES =
      Set.of(WelloMapper.HERO_APP, WelloMapper.SALES_APP, WelloMapper.SERVICE_APP);

  static Draft<User> user(WelloUser body) {
    Draft.Builder<User> draft = Draft.covering(VIEW);
    draft
        .set(USERNAME, body.username())
        .set(FIRSTNAME, body.firstname())
        .set(LASTNAME, body.lastname())
        .set(EXTERNAL_CODE, body.code())
        .set(ARCHIVED, body.archived())
        .set(DISABLED, body.disabled())
        .set(EMERGENCY_CONTACT, body.emergencyContact())
        .set(BANK_ACCOUNT, body.bankaccount())
        .set(SOCIAL_SECURITY, body.socialSecurity())
        .set(PLACE_OF_BIRTH, body.placeOfBirth())
        .set(NATIONALITY, body.nationality())
        .set(FUNCTIONS, body.functions())
        .set(BIRTHDATE, date(body.birthdate()))
        .set(SKYPE, body.skype())
        .set(NOTES, body.notes())
        .set(IS_TEAM_LEADER, body.isTeamLeader())
        .set(EMAIL, body.email())
        .set(PHONE, body.phone())
        .set(FAX, body.fax())
        .set(MOBILE, body.mobile())
        .set(PRIVATE_EMAIL, body.privateEmail())
        .set(PRIVATE_PHONE, body.privatePhone())
        .set(PRIVATE_FAX, body.privateFax())
        .set(PRIVATE_MOBILE, body.privateMobile())
        .set(PRIVATE_STREET, body.privateStreet())
        .set(PRIVATE_STREET_NUMBER, body.privateStreetNumber())
        .set(PRIVATE_CITY, body.privateCity())
        .set(PRIVATE_ZIP, body.privateZip())
        .put(LICENCES, licences(body))
        .put(CUSTOM_FIELDS, new Scoped<>(CustomFields.udfScope(), udfs(body.more())));
    referIf(draft, LANGUAGE, body.dbLanguageId());
    referIf(draft, TEAM_LEADER, body.teamLeaderUserId());
    referIf(draft, USER_GROUP, body.userGroupId());
    referIf(draft, PRIVATE_COUNTRY, body.privateDbCountryId());
    if (isGiven(body.privateDbCountryCode())) {
      draft.refer(PRIVATE_COUNTRY, Reference.byCode(body.privateDbCountryCode()));
    }
    referIf(draft, SALES_ORGANIZATION, body.salesOrganizationId());
    if (isGiven(body.salesOrganizationCode())) {
      draft.refer(SALES_ORGANIZATION, Reference.byCode(body.salesOrganizationCode()));
    }
    if (body.salesOrganization() != null) {
      WelloSalesOrganization embedded = body.salesOrganization();
      draft.refer(
          SALES_ORGANIZATION,
          Reference.embedded(
              new EmbeddedSalesOrganization(
                  embedded.id() == null ? null : SalesOrganizationId.of(embedded.id()),
                  organization(embedded, true))));
    }
    return draft.build();
  }

  /**
   * A sales organization's draft: every field (a PUT of the organization itself), or only those
   * given (an organization embedded in a user is "updated with the given fields").
   */
  static Draft<SalesOrganization> organization(WelloSalesOrganization body, boolean onlyGiven) {
    Draft.Builder<SalesOrganization> draft =
        onlyGiven ? Draft.builder() : Draft.covering(SalesOrganizationFields.ALL);
    given(draft, SalesOrganizationFields.CODE, body.code(), onlyGiven);
    given(draft, SalesOrganizationFields.NAME, body.name(), onlyGiven);
    given(draft, SalesOrganizationFields.DESCRIPTION, body.description(), onlyGiven);
    given(draft, SalesOrganizationFields.ACCOUNTANCY_CODE, body.accountancyCode(), onlyGiven);
    given(draft, SalesOrganizationFields.ARCHIVED, body.archived(), onlyGiven);
    given(
        draft,
        SalesOrganizationFields.DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE,
        body.defaultUnitOfMeasureSystemType(),
        onlyGiven);
    given(draft, SalesOrganizationFields.STREET, body.street(), onlyGiven);
    given(draft, SalesOrganizationFields.STREET2, body.street2(), onlyGiven);
    given(draft, SalesOrganizationFields.STREET_NUMBER, body.streetNumber(), onlyGiven);
    given(draft, SalesOrganizationFields.ZIP, body.zip(), onlyGiven);
    given(draft, SalesOrganizationFields.CITY, body.city(), onlyGiven);
    given(draft, SalesOrganizationFields.EMAIL, body.email(), onlyGiven);
    given(draft, SalesOrganizationFields.PHONE, body.phone(), onlyGiven);
    given(draft, SalesOrganizationFields.FAX, body.fax(), onlyGiven);
    given(draft, SalesOrganizationFields.URL, body.url(), onlyGiven);
    given(draft, SalesOrganizationFields.VAT_REG_CODE, body.vatRegCode(), onlyGiven);
    referIf(draft, SalesOrganizationFields.COUNTRY, body.dbCountryId());
    referIf(draft, SalesOrganizationFields.CURRENCY, body.dbCurrencyId());
    referIf(draft, SalesOrganizationFields.LANGUAGE, body.dbLanguageId());
    return draft.build();
  }

  /** Properties the seed does not name, in the user and in its embedded organization. */
  static List<String> unknownProperties(WelloUser body) {
    List<String> unknown = new ArrayList<>();
    if (body.more() != null) {
      body.more().keySet().stream().filter(name -> !CustomFields.isUdf(name)).forEach(unknown::add);
    }
    if (body.salesOrganization() != null && body.salesOrganization().more() != null) {
      body.salesOrganization().more().keySet().forEach(name -> unknown.add("sales_organization." + name));
    }
    return unknown;
  }

  private static <A, T> void given(Draft.Builder<A> draft, Field<A, T> field, T value, boolean onlyGiven) {
    if (!onlyGiven || value != null) {
      draft.set(field, value);
    }
  }

  private static <A> void referIf(Draft.Builder<A> draft, Field<A, ?> field, UUID id) {
    if (id != null) {
      draft.refer(field, Reference.byId(id));
    }
  }

  private static Scoped<Boolean> licences(WelloUser body) {
    Map<String, Boolean> granted = new LinkedHashMap<>();
    granted.put(WelloMapper.HERO_APP, Boolean.TRUE.equals(body.allowHeroApp()));
    granted.put(WelloMapper.SALES_APP, Boolean.TRUE.equals(body.allowSalesApp()));
    granted.put(WelloMapper.SERVICE_APP, Boolean.TRUE.equals(body.allowServiceApp()));
    return new Scoped<>(KeyScope.only(APP_LICENCES), granted);
  }

  private static Map<String, String> udfs(Map<String, Object> more) {
    Map<String, String> udfs = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    more.forEach(
        (name, value) -> {
          if (!CustomFields.isUdf(name)) {
            return;
          }
          if (value != null && !(value instanceof String)) {
            errors.add(new FieldError(name.toLowerCase(Locale.ROOT), FieldError.Code.MALFORMED, "must be a string"));
          } else {
            udfs.put(name.toLowerCase(Locale.ROOT), (String) value);
          }
        });
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
    return udfs;
  }

  /** A date, given as a date ("1990-12-10") or as an ASP.NET DateTime with offset; the date part counts. */
  private static LocalDate date(String text) {
    if (!isGiven(text)) {
      return null;
    }
    String trimmed = text.trim();
    try {
      return trimmed.length() == 10 ? LocalDate.parse(trimmed) : OffsetDateTime.parse(trimmed).toLocalDate();
    } catch (DateTimeParseException e) {
      throw ValidationFailed.of("birthdate", FieldError.Code.MALFORMED, "is not a date (yyyy-MM-dd or an ISO 8601 date-time)");
    }
  }

  private static boolean isGiven(String text) {
    return text != null && !text.isBlank();
  }
}
