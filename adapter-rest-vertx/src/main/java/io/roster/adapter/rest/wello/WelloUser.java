package io.roster.adapter.rest.wello;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;
import java.util.UUID;

/**
 * A user as the Wello seed's body table shows it, in its order. {@code udf1}..{@code udf100} and
 * any property the seed does not name land in {@code more}; the custom fields are written back
 * flat. An id given as the empty GUID is no id ({@link WelloFields#given}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({
  "id",
  "db_language_id",
  "username",
  "firstname",
  "lastname",
  "code",
  "archived",
  "disabled",
  "emergency_contact",
  "bankaccount",
  "social_security",
  "place_of_birth",
  "nationality",
  "functions",
  "birthdate",
  "skype",
  "notes",
  "sales_organization_id",
  "sales_organization",
  "sales_organization_code",
  "is_team_leader",
  "team_leader_user_id",
  "email",
  "phone",
  "fax",
  "mobile",
  "private_email",
  "private_phone",
  "private_fax",
  "private_mobile",
  "private_street",
  "private_street_number",
  "private_city",
  "private_zip",
  "private_db_country_id",
  "private_db_country_code",
  "modified_dateutc",
  "allow_hero_app",
  "allow_sales_app",
  "allow_service_app",
  "user_group_id"
})
record WelloUser(
    UUID id,
    UUID dbLanguageId,
    String username,
    String firstname,
    String lastname,
    String code,
    Boolean archived,
    Boolean disabled,
    String emergencyContact,
    String bankaccount,
    String socialSecurity,
    String placeOfBirth,
    String nationality,
    String functions,
    String birthdate,
    String skype,
    String notes,
    UUID salesOrganizationId,
    WelloSalesOrganization salesOrganization,
    String salesOrganizationCode,
    Boolean isTeamLeader,
    UUID teamLeaderUserId,
    String email,
    String phone,
    String fax,
    String mobile,
    String privateEmail,
    String privatePhone,
    String privateFax,
    String privateMobile,
    String privateStreet,
    String privateStreetNumber,
    String privateCity,
    String privateZip,
    UUID privateDbCountryId,
    String privateDbCountryCode,
    String modifiedDateutc,
    Boolean allowHeroApp,
    Boolean allowSalesApp,
    Boolean allowServiceApp,
    UUID userGroupId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> more) {
  WelloUser {
    id = WelloFields.given(id);
    dbLanguageId = WelloFields.given(dbLanguageId);
    salesOrganizationId = WelloFields.given(salesOrganizationId);
    teamLeaderUserId = WelloFields.given(teamLeaderUserId);
    privateDbCountryId = WelloFields.given(privateDbCountryId);
    userGroupId = WelloFields.given(userGroupId);
  }
}
