package io.roster.adapter.rest.wello;

import io.roster.domain.customfield.CustomFields;
import java.util.Map;

/** Domain field paths as Wello names them, for ModelState keys. */
final class WelloNames {
  private WelloNames() {}

  private static final Map<String, String> USER =
      Map.ofEntries(
          Map.entry("externalCode", "code"),
          Map.entry("emergencyContact", "emergency_contact"),
          Map.entry("bankAccount", "bankaccount"),
          Map.entry("socialSecurity", "social_security"),
          Map.entry("placeOfBirth", "place_of_birth"),
          Map.entry("salesOrganization", "sales_organization_id"),
          Map.entry("isTeamLeader", "is_team_leader"),
          Map.entry("teamLeader", "team_leader_user_id"),
          Map.entry("privateEmail", "private_email"),
          Map.entry("privatePhone", "private_phone"),
          Map.entry("privateFax", "private_fax"),
          Map.entry("privateMobile", "private_mobile"),
          Map.entry("privateStreet", "private_street"),
          Map.entry("privateStreetNumber", "private_street_number"),
          Map.entry("privateCity", "private_city"),
          Map.entry("privateZip", "private_zip"),
          Map.entry("privateCountry", "private_db_country_id"),
          Map.entry("userGroup", "user_group_id"),
          Map.entry("language", "db_language_id"),
          Map.entry("licences." + WelloMapper.HERO_APP, "allow_hero_app"),
          Map.entry("licences." + WelloMapper.SALES_APP, "allow_sales_app"),
          Map.entry("licences." + WelloMapper.SERVICE_APP, "allow_service_app"));

  private static final Map<String, String> ORGANIZATION =
      Map.of(
          "country", "db_country_id",
          "currency", "db_currency_id",
          "language", "db_language_id",
          "accountancyCode", "accountancy_code",
          "defaultUnitOfMeasureSystemType", "default_unit_of_measure_system_type",
          "streetNumber", "street_number",
          "vatRegCode", "vat_reg_code");

  /** A user field path ({@code privateEmail}, {@code customFields.udf7}, {@code salesOrganization.name}). */
  static String user(String path) {
    if (path.startsWith(CustomFields.FIELD + ".")) {
      return path.substring(CustomFields.FIELD.length() + 1);
    }
    if (path.startsWith("salesOrganization.")) {
      return "sales_organization." + organization(path.substring("salesOrganization.".length()));
    }
    return USER.getOrDefault(path, path);
  }

  static String organization(String path) {
    return ORGANIZATION.getOrDefault(path, path);
  }
}
