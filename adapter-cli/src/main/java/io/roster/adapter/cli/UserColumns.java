package io.roster.adapter.cli;

import static io.roster.domain.user.UserFields.*;

import io.roster.domain.customfield.CustomFields;
import io.roster.domain.field.Field;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.user.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a user row, named as the Wello v6 API names its properties, each with the domain
 * field behind it (whose bounds apply) and how its text is read. Import, export, {@code users set}
 * and {@code users list --filter} all use this one table.
 *
 * <p>Besides these: {@code id} (the user's UUID), {@code udf1}..{@code udf100} (the custom fields)
 * and {@code sales_organization.<column>}: the user's sales organization given in full, matched by
 * its id, then its code, and updated with the columns given, or created.
 */
final class UserColumns {
  private UserColumns() {}

  static final String ID = "id";
  static final String ORGANIZATION = "sales_organization";

  /** How a column's text enters a draft. */
  enum Reading {
    /** Text as it is; empty clears. */
    TEXT,
    /** true or false; empty is false. */
    FLAG,
    /** A date, yyyy-MM-dd. */
    DATE,
    /** The id (UUID) of the entity the field refers to. */
    ID,
    /** The code of the entity the field refers to. */
    CODE,
    /** true or false: whether the user has the column's licence. */
    LICENCE
  }

  /**
   * One column of a row about an aggregate {@code A}.
   *
   * @param licence the licence code of a {@link Reading#LICENCE} column, else null
   * @param written whether export writes the column (of an id and a code for one field, one is)
   */
  record Column<A>(
      String name, Field<A, ?> field, Reading reading, String licence, boolean written) {
    /** The domain's path of this column in field errors. */
    String path() {
      return licence == null ? field.name() : field.name() + "." + licence;
    }
  }

  /** A user's columns, in the order export writes them. */
  static final List<Column<User>> USER =
      List.of(
          col("username", USERNAME, Reading.TEXT),
          col("firstname", FIRSTNAME, Reading.TEXT),
          col("lastname", LASTNAME, Reading.TEXT),
          col("code", EXTERNAL_CODE, Reading.TEXT),
          col("archived", ARCHIVED, Reading.FLAG),
          col("disabled", DISABLED, Reading.FLAG),
          col("emergency_contact", EMERGENCY_CONTACT, Reading.TEXT),
          col("bankaccount", BANK_ACCOUNT, Reading.TEXT),
          col("social_security", SOCIAL_SECURITY, Reading.TEXT),
          col("place_of_birth", PLACE_OF_BIRTH, Reading.TEXT),
          col("nationality", NATIONALITY, Reading.TEXT),
          col("functions", FUNCTIONS, Reading.TEXT),
          col("birthdate", BIRTHDATE, Reading.DATE),
          col("skype", SKYPE, Reading.TEXT),
          col("notes", NOTES, Reading.TEXT),
          col("db_language_id", LANGUAGE, Reading.ID),
          // The organization is named by the sales_organization.* columns when written.
          new Column<>("sales_organization_id", SALES_ORGANIZATION, Reading.ID, null, false),
          new Column<>("sales_organization_code", SALES_ORGANIZATION, Reading.CODE, null, false),
          col("is_team_leader", IS_TEAM_LEADER, Reading.FLAG),
          col("team_leader_user_id", TEAM_LEADER, Reading.ID),
          col("email", EMAIL, Reading.TEXT),
          col("phone", PHONE, Reading.TEXT),
          col("fax", FAX, Reading.TEXT),
          col("mobile", MOBILE, Reading.TEXT),
          col("private_email", PRIVATE_EMAIL, Reading.TEXT),
          col("private_phone", PRIVATE_PHONE, Reading.TEXT),
          col("private_fax", PRIVATE_FAX, Reading.TEXT),
          col("private_mobile", PRIVATE_MOBILE, Reading.TEXT),
          col("private_street", PRIVATE_STREET, Reading.TEXT),
          col("private_street_number", PRIVATE_STREET_NUMBER, Reading.TEXT),
          col("private_city", PRIVATE_CITY, Reading.TEXT),
          col("private_zip", PRIVATE_ZIP, Reading.TEXT),
          new Column<>("private_db_country_id", PRIVATE_COUNTRY, Reading.ID, null, false),
          col("private_db_country_code", PRIVATE_COUNTRY, Reading.CODE),
          licence("allow_hero_app", "hero-app"),
          licence("allow_sales_app", "sales-app"),
          licence("allow_service_app", "service-app"),
          col("user_group_id", USER_GROUP, Reading.ID));

  /** The sales organization's columns, under {@code sales_organization.}, after its id. */
  static final List<Column<SalesOrganization>> ORGANIZATION_COLUMNS =
      List.of(
          col("code", SalesOrganizationFields.CODE, Reading.TEXT),
          col("name", SalesOrganizationFields.NAME, Reading.TEXT),
          col("description", SalesOrganizationFields.DESCRIPTION, Reading.TEXT),
          col("db_country_id", SalesOrganizationFields.COUNTRY, Reading.ID),
          col("db_currency_id", SalesOrganizationFields.CURRENCY, Reading.ID),
          col("db_language_id", SalesOrganizationFields.LANGUAGE, Reading.ID),
          col("accountancy_code", SalesOrganizationFields.ACCOUNTANCY_CODE, Reading.TEXT),
          col("archived", SalesOrganizationFields.ARCHIVED, Reading.FLAG),
          col(
              "default_unit_of_measure_system_type",
              SalesOrganizationFields.DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE,
              Reading.TEXT),
          col("street", SalesOrganizationFields.STREET, Reading.TEXT),
          col("street2", SalesOrganizationFields.STREET2, Reading.TEXT),
          col("street_number", SalesOrganizationFields.STREET_NUMBER, Reading.TEXT),
          col("zip", SalesOrganizationFields.ZIP, Reading.TEXT),
          col("city", SalesOrganizationFields.CITY, Reading.TEXT),
          col("email", SalesOrganizationFields.EMAIL, Reading.TEXT),
          col("phone", SalesOrganizationFields.PHONE, Reading.TEXT),
          col("fax", SalesOrganizationFields.FAX, Reading.TEXT),
          col("url", SalesOrganizationFields.URL, Reading.TEXT),
          col("vat_reg_code", SalesOrganizationFields.VAT_REG_CODE, Reading.TEXT));

  static final Map<String, Column<User>> USER_BY_NAME = byName(USER);
  static final Map<String, Column<SalesOrganization>> ORGANIZATION_BY_NAME =
      byName(ORGANIZATION_COLUMNS);

  /** Every column export writes, in its order: a CSV file's header. */
  static final List<String> WRITTEN = written();

  /** True when a row may have a column of this name (ignoring case). */
  static boolean isColumn(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.equals(ID) || USER_BY_NAME.containsKey(key) || CustomFields.isUdf(key)) {
      return true;
    }
    String prefix = ORGANIZATION + ".";
    if (key.startsWith(prefix)) {
      String column = key.substring(prefix.length());
      return column.equals(ID) || ORGANIZATION_BY_NAME.containsKey(column);
    }
    return false;
  }

  /**
   * A field error's domain path as a column: {@code privateEmail} is {@code private_email}, {@code
   * licences.hero-app} is {@code allow_hero_app}, {@code customFields.udf7} is {@code udf7}, {@code
   * salesOrganization.vatRegCode} is {@code sales_organization.vat_reg_code}. A path no column has
   * is kept.
   */
  static String columnOf(String path) {
    if (path.startsWith(CustomFields.FIELD + ".")) {
      return path.substring(CustomFields.FIELD.length() + 1);
    }
    String organization = SALES_ORGANIZATION.name() + ".";
    if (path.startsWith(organization)) {
      String rest = path.substring(organization.length());
      return ORGANIZATION
          + "."
          + ORGANIZATION_COLUMNS.stream()
              .filter(c -> c.path().equals(rest))
              .map(Column::name)
              .findFirst()
              .orElse(rest);
    }
    if (path.equals(SALES_ORGANIZATION.name())) {
      return ORGANIZATION;
    }
    // The column export writes, when two name the field (an id and a code).
    return USER.stream()
        .filter(c -> c.path().equals(path))
        .sorted(java.util.Comparator.comparing(c -> !c.written()))
        .map(Column::name)
        .findFirst()
        .orElse(path);
  }

  private static <A> Column<A> col(String name, Field<A, ?> field, Reading reading) {
    return new Column<>(name, field, reading, null, true);
  }

  private static Column<User> licence(String name, String licence) {
    return new Column<>(name, LICENCES, Reading.LICENCE, licence, true);
  }

  private static <A> Map<String, Column<A>> byName(List<Column<A>> columns) {
    Map<String, Column<A>> byName = new LinkedHashMap<>();
    columns.forEach(c -> byName.put(c.name(), c));
    return Map.copyOf(byName);
  }

  private static List<String> written() {
    List<String> names = new ArrayList<>();
    names.add(ID);
    USER.stream().filter(Column::written).forEach(c -> names.add(c.name()));
    names.add(ORGANIZATION + "." + ID);
    ORGANIZATION_COLUMNS.forEach(c -> names.add(ORGANIZATION + "." + c.name()));
    for (int i = 1; i <= CustomFields.UDF_COUNT; i++) {
      names.add("udf" + i);
    }
    return List.copyOf(names);
  }
}
