package io.roster.adapter.rest.wello;

import static io.roster.domain.user.UserFields.*;

import io.roster.application.port.in.Filterable;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.field.Field;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.user.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every property of the Wello seed's user and sales organization, declared once: its name, the
 * domain field behind it (whose bounds apply), how a request's value enters a draft, and whether
 * {@code $filter} takes it. The drafts ({@link WelloDrafts}), the names in ModelState and the
 * filters are all read from these two tables; the answers are written by {@link WelloMapper}.
 *
 * <p>Not in the tables: {@code id} (the route reads it), {@code modified_dateutc} (the server keeps
 * it) and {@code udf1}..{@code udf100}, the custom fields, named as the domain names them.
 */
final class WelloFields {
  private WelloFields() {}

  /** Licence codes behind the three app flags. */
  static final String HERO_APP = "hero-app";

  static final String SALES_APP = "sales-app";
  static final String SERVICE_APP = "service-app";

  /**
   * The GUID a .NET client with non-nullable {@code Guid} properties sends for "none": in a request
   * it is read as no id at all (a reference to nothing, an id left to the server).
   */
  static final UUID EMPTY_GUID = new UUID(0, 0);

  /** {@code id} as a request means it: null for the empty GUID. */
  static UUID given(UUID id) {
    return EMPTY_GUID.equals(id) ? null : id;
  }

  /** How a property's value in a request enters the draft. */
  enum Reading {
    /** As it is: text or a flag. */
    VALUE,
    /**
     * A calendar date: {@code 1990-12-10}, or a date-time with or without an offset ({@code
     * 1990-12-10T00:00:00}, {@code ...+02:00}, {@code ...Z}) whose date counts as written.
     */
    DATE,
    /** The id of the entity the field refers to; the empty GUID refers to none. */
    ID,
    /** The code of the entity the field refers to. */
    CODE,
    /** A flag granting or withdrawing the property's licence. */
    LICENCE,
    /**
     * A sales organization: matched by id, then code, and updated with the fields given; or
     * created.
     */
    EMBEDDED
  }

  /**
   * One property of a body {@code B} that writes the aggregate {@code A}.
   *
   * @param value the property's value in a body
   * @param licence the licence a {@link Reading#LICENCE} flag stands for; null for other readings
   * @param inFilter whether {@code $filter} takes the property
   */
  record Property<A, B>(
      String name,
      Field<A, ?> field,
      Reading reading,
      Function<B, ?> value,
      String licence,
      boolean inFilter) {

    /** The domain's path for this property in field errors: the field, or the licence under it. */
    String path() {
      return licence == null ? field.name() : field.name() + "." + licence;
    }

    /** The same property, which {@code $filter} takes. */
    Property<A, B> filterable() {
      return new Property<>(name, field, reading, value, licence, true);
    }
  }

  /**
   * The user's properties in the seed's order, but for the embedded organization: it is read after
   * the organization's id and code, which name organizations as they were before the request.
   */
  static final List<Property<User, WelloUser>> USER =
      List.of(
          id("db_language_id", LANGUAGE, WelloUser::dbLanguageId).filterable(),
          value("username", USERNAME, WelloUser::username).filterable(),
          value("firstname", FIRSTNAME, WelloUser::firstname).filterable(),
          value("lastname", LASTNAME, WelloUser::lastname).filterable(),
          value("code", EXTERNAL_CODE, WelloUser::code).filterable(),
          value("archived", ARCHIVED, WelloUser::archived).filterable(),
          value("disabled", DISABLED, WelloUser::disabled).filterable(),
          value("emergency_contact", EMERGENCY_CONTACT, WelloUser::emergencyContact),
          value("bankaccount", BANK_ACCOUNT, WelloUser::bankaccount),
          value("social_security", SOCIAL_SECURITY, WelloUser::socialSecurity),
          value("place_of_birth", PLACE_OF_BIRTH, WelloUser::placeOfBirth),
          value("nationality", NATIONALITY, WelloUser::nationality),
          value("functions", FUNCTIONS, WelloUser::functions),
          date("birthdate", BIRTHDATE, WelloUser::birthdate),
          value("skype", SKYPE, WelloUser::skype),
          value("notes", NOTES, WelloUser::notes),
          id("sales_organization_id", SALES_ORGANIZATION, WelloUser::salesOrganizationId)
              .filterable(),
          code("sales_organization_code", SALES_ORGANIZATION, WelloUser::salesOrganizationCode),
          embedded("sales_organization", SALES_ORGANIZATION, WelloUser::salesOrganization),
          value("is_team_leader", IS_TEAM_LEADER, WelloUser::isTeamLeader).filterable(),
          id("team_leader_user_id", TEAM_LEADER, WelloUser::teamLeaderUserId).filterable(),
          value("email", EMAIL, WelloUser::email).filterable(),
          value("phone", PHONE, WelloUser::phone).filterable(),
          value("fax", FAX, WelloUser::fax).filterable(),
          value("mobile", MOBILE, WelloUser::mobile).filterable(),
          value("private_email", PRIVATE_EMAIL, WelloUser::privateEmail),
          value("private_phone", PRIVATE_PHONE, WelloUser::privatePhone),
          value("private_fax", PRIVATE_FAX, WelloUser::privateFax),
          value("private_mobile", PRIVATE_MOBILE, WelloUser::privateMobile),
          value("private_street", PRIVATE_STREET, WelloUser::privateStreet),
          value("private_street_number", PRIVATE_STREET_NUMBER, WelloUser::privateStreetNumber),
          value("private_city", PRIVATE_CITY, WelloUser::privateCity),
          value("private_zip", PRIVATE_ZIP, WelloUser::privateZip),
          id("private_db_country_id", PRIVATE_COUNTRY, WelloUser::privateDbCountryId),
          code("private_db_country_code", PRIVATE_COUNTRY, WelloUser::privateDbCountryCode),
          licence("allow_hero_app", HERO_APP, WelloUser::allowHeroApp),
          licence("allow_sales_app", SALES_APP, WelloUser::allowSalesApp),
          licence("allow_service_app", SERVICE_APP, WelloUser::allowServiceApp),
          id("user_group_id", USER_GROUP, WelloUser::userGroupId).filterable());

  /** The sales organization's properties, in the seed's order. */
  static final List<Property<SalesOrganization, WelloSalesOrganization>> ORGANIZATION =
      List.of(
          value("code", SalesOrganizationFields.CODE, WelloSalesOrganization::code).filterable(),
          value("name", SalesOrganizationFields.NAME, WelloSalesOrganization::name).filterable(),
          value(
              "description",
              SalesOrganizationFields.DESCRIPTION,
              WelloSalesOrganization::description),
          id("db_country_id", SalesOrganizationFields.COUNTRY, WelloSalesOrganization::dbCountryId)
              .filterable(),
          id(
              "db_currency_id",
              SalesOrganizationFields.CURRENCY,
              WelloSalesOrganization::dbCurrencyId),
          id(
              "db_language_id",
              SalesOrganizationFields.LANGUAGE,
              WelloSalesOrganization::dbLanguageId),
          value(
              "accountancy_code",
              SalesOrganizationFields.ACCOUNTANCY_CODE,
              WelloSalesOrganization::accountancyCode),
          value("archived", SalesOrganizationFields.ARCHIVED, WelloSalesOrganization::archived)
              .filterable(),
          value(
              "default_unit_of_measure_system_type",
              SalesOrganizationFields.DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE,
              WelloSalesOrganization::defaultUnitOfMeasureSystemType),
          value("street", SalesOrganizationFields.STREET, WelloSalesOrganization::street),
          value("street2", SalesOrganizationFields.STREET2, WelloSalesOrganization::street2),
          value(
              "street_number",
              SalesOrganizationFields.STREET_NUMBER,
              WelloSalesOrganization::streetNumber),
          value("zip", SalesOrganizationFields.ZIP, WelloSalesOrganization::zip),
          value("city", SalesOrganizationFields.CITY, WelloSalesOrganization::city).filterable(),
          value("email", SalesOrganizationFields.EMAIL, WelloSalesOrganization::email).filterable(),
          value("phone", SalesOrganizationFields.PHONE, WelloSalesOrganization::phone),
          value("fax", SalesOrganizationFields.FAX, WelloSalesOrganization::fax),
          value("url", SalesOrganizationFields.URL, WelloSalesOrganization::url),
          value(
              "vat_reg_code",
              SalesOrganizationFields.VAT_REG_CODE,
              WelloSalesOrganization::vatRegCode));

  /** The user fields a Wello PUT replaces: those of the table, and the custom fields. */
  static final List<Field<User, ?>> USER_VIEW = view(USER, CUSTOM_FIELDS);

  /** The sales organization fields a Wello PUT replaces. */
  static final List<Field<SalesOrganization, ?>> ORGANIZATION_VIEW = view(ORGANIZATION);

  /** What {@code $filter} takes on users, by name. */
  static final Map<String, Field<?, ?>> USER_FILTERS = filters(USER, Filterable.USER_FIELDS);

  /** What {@code $filter} takes on sales organizations, by name. */
  static final Map<String, Field<?, ?>> ORGANIZATION_FILTERS =
      filters(ORGANIZATION, Filterable.SALES_ORGANIZATION_FIELDS);

  private static final Map<String, String> USER_NAMES = names(USER);
  private static final Map<String, String> ORGANIZATION_NAMES = names(ORGANIZATION);
  private static final Property<User, WelloUser> EMBEDDED_ORGANIZATION =
      USER.stream().filter(p -> p.reading() == Reading.EMBEDDED).findFirst().orElseThrow();

  /**
   * A user field error's path as Wello names it: {@code privateEmail} is {@code private_email},
   * {@code licences.hero-app} is {@code allow_hero_app}, {@code customFields.udf7} is {@code udf7},
   * {@code salesOrganization.vatRegCode} is {@code sales_organization.vat_reg_code}. A path the
   * table does not know is kept.
   */
  static String userName(String path) {
    if (path.startsWith(CustomFields.FIELD + ".")) {
      return path.substring(CustomFields.FIELD.length() + 1);
    }
    String embedded = EMBEDDED_ORGANIZATION.path() + ".";
    if (path.startsWith(embedded)) {
      return EMBEDDED_ORGANIZATION.name()
          + "."
          + organizationName(path.substring(embedded.length()));
    }
    return USER_NAMES.getOrDefault(path, path);
  }

  /**
   * A sales organization field error's path as Wello names it: {@code vatRegCode} is {@code
   * vat_reg_code}.
   */
  static String organizationName(String path) {
    return ORGANIZATION_NAMES.getOrDefault(path, path);
  }

  // declarations

  private static <A, B, T> Property<A, B> value(
      String name, Field<A, T> field, Function<B, T> value) {
    return new Property<>(name, field, Reading.VALUE, value, null, false);
  }

  private static <A, B> Property<A, B> date(
      String name, Field<A, ?> field, Function<B, String> value) {
    return new Property<>(name, field, Reading.DATE, value, null, false);
  }

  private static <A, B> Property<A, B> id(String name, Field<A, ?> field, Function<B, UUID> value) {
    return new Property<>(name, field, Reading.ID, value, null, false);
  }

  private static <A, B> Property<A, B> code(
      String name, Field<A, ?> field, Function<B, String> value) {
    return new Property<>(name, field, Reading.CODE, value, null, false);
  }

  private static <B> Property<User, B> licence(
      String name, String licence, Function<B, Boolean> value) {
    return new Property<>(name, LICENCES, Reading.LICENCE, value, licence, false);
  }

  private static <A, B> Property<A, B> embedded(
      String name, Field<A, ?> field, Function<B, WelloSalesOrganization> value) {
    return new Property<>(name, field, Reading.EMBEDDED, value, null, false);
  }

  // derived

  @SafeVarargs
  private static <A> List<Field<A, ?>> view(
      List<? extends Property<A, ?>> table, Field<A, ?>... more) {
    Set<Field<A, ?>> fields = new LinkedHashSet<>();
    table.forEach(property -> fields.add(property.field()));
    fields.addAll(List.of(more));
    return List.copyOf(fields);
  }

  /** Each path by the first property that has it: an id names its reference before a code does. */
  private static Map<String, String> names(List<? extends Property<?, ?>> table) {
    Map<String, String> names = new LinkedHashMap<>();
    table.forEach(property -> names.putIfAbsent(property.path(), property.name()));
    return Map.copyOf(names);
  }

  private static <A> Map<String, Field<?, ?>> filters(
      List<? extends Property<A, ?>> table, Set<? extends Field<A, ?>> filterable) {
    Map<String, Field<?, ?>> filters = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    for (Property<A, ?> property : table) {
      if (property.inFilter()) {
        filters.put(property.name(), property.field());
        if (!filterable.contains(property.field())) {
          refused.add(property.name());
        }
      }
    }
    if (!refused.isEmpty()) {
      throw new IllegalStateException("no store filters on " + refused);
    }
    return Collections.unmodifiableMap(filters);
  }
}
