package io.roster.adapter.rest.wello;

import io.roster.domain.customfield.CustomFields;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * The domain as Wello clients read it. Every property of the seed is mapped, or the build fails.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface WelloMapper {
  WelloMapper INSTANCE = new WelloMapperImpl();

  @Mapping(target = "id", source = "user.id")
  @Mapping(target = "dbLanguageId", source = "user.person.language")
  @Mapping(target = "username", source = "user.login.username")
  @Mapping(target = "firstname", source = "user.person.firstname")
  @Mapping(target = "lastname", source = "user.person.lastname")
  @Mapping(target = "code", source = "user.login.externalCode")
  @Mapping(target = "archived", source = "user.lifecycle.archived")
  @Mapping(target = "disabled", source = "user.access.disabled")
  @Mapping(target = "emergencyContact", source = "user.hr.emergencyContact")
  @Mapping(target = "bankaccount", source = "user.hr.bankAccount")
  @Mapping(target = "socialSecurity", source = "user.hr.socialSecurity")
  @Mapping(target = "placeOfBirth", source = "user.hr.placeOfBirth")
  @Mapping(target = "nationality", source = "user.hr.nationality")
  @Mapping(target = "functions", source = "user.hr.functions")
  @Mapping(target = "birthdate", source = "user.hr.birthdate")
  @Mapping(target = "skype", source = "user.person.skype")
  @Mapping(target = "notes", source = "user.person.notes")
  @Mapping(target = "salesOrganizationId", source = "user.organisation.salesOrganization")
  @Mapping(target = "salesOrganization", source = "salesOrganization")
  @Mapping(target = "salesOrganizationCode", source = "salesOrganization.profile.code")
  @Mapping(target = "isTeamLeader", source = "user.organisation.teamLeader")
  @Mapping(target = "teamLeaderUserId", source = "user.organisation.teamLeaderId")
  @Mapping(target = "email", source = "user.person.email")
  @Mapping(target = "phone", source = "user.person.phone")
  @Mapping(target = "fax", source = "user.person.fax")
  @Mapping(target = "mobile", source = "user.person.mobile")
  @Mapping(target = "privateEmail", source = "user.privateContact.email")
  @Mapping(target = "privatePhone", source = "user.privateContact.phone")
  @Mapping(target = "privateFax", source = "user.privateContact.fax")
  @Mapping(target = "privateMobile", source = "user.privateContact.mobile")
  @Mapping(target = "privateStreet", source = "user.privateContact.street")
  @Mapping(target = "privateStreetNumber", source = "user.privateContact.streetNumber")
  @Mapping(target = "privateCity", source = "user.privateContact.city")
  @Mapping(target = "privateZip", source = "user.privateContact.zip")
  @Mapping(target = "privateDbCountryId", source = "user.privateContact.country")
  @Mapping(target = "privateDbCountryCode", source = "privateCountryCode")
  @Mapping(target = "modifiedDateutc", source = "user.lifecycle.modifiedAt")
  @Mapping(target = "allowHeroApp", expression = "java(granted(user, WelloFields.HERO_APP))")
  @Mapping(target = "allowSalesApp", expression = "java(granted(user, WelloFields.SALES_APP))")
  @Mapping(target = "allowServiceApp", expression = "java(granted(user, WelloFields.SERVICE_APP))")
  @Mapping(target = "userGroupId", source = "user.organisation.userGroup")
  @Mapping(target = "more", expression = "java(udfs(user))")
  WelloUser toWello(User user, SalesOrganization salesOrganization, String privateCountryCode);

  @Mapping(target = "id", source = "id")
  @Mapping(target = "code", source = "profile.code")
  @Mapping(target = "name", source = "profile.name")
  @Mapping(target = "description", source = "profile.description")
  @Mapping(target = "dbCountryId", source = "regional.country")
  @Mapping(target = "dbCurrencyId", source = "regional.currency")
  @Mapping(target = "dbLanguageId", source = "regional.language")
  @Mapping(target = "accountancyCode", source = "profile.accountancyCode")
  @Mapping(target = "archived", source = "archived")
  @Mapping(
      target = "defaultUnitOfMeasureSystemType",
      source = "profile.defaultUnitOfMeasureSystemType")
  @Mapping(target = "street", source = "address.street")
  @Mapping(target = "street2", source = "address.street2")
  @Mapping(target = "streetNumber", source = "address.streetNumber")
  @Mapping(target = "zip", source = "address.zip")
  @Mapping(target = "city", source = "address.city")
  @Mapping(target = "email", source = "contact.email")
  @Mapping(target = "phone", source = "contact.phone")
  @Mapping(target = "fax", source = "contact.fax")
  @Mapping(target = "url", source = "contact.url")
  @Mapping(target = "vatRegCode", source = "profile.vatRegCode")
  @Mapping(target = "modifiedDateutc", source = "modifiedAt")
  @Mapping(target = "more", expression = "java(java.util.Map.of())")
  WelloSalesOrganization toWello(SalesOrganization organization);

  default Boolean granted(User user, String licence) {
    return user.access().licences().contains(licence);
  }

  /** udf1..udf100, every one, as the seed shows them (null when empty). */
  default Map<String, Object> udfs(User user) {
    Map<String, Object> udfs = new LinkedHashMap<>();
    for (int i = 1; i <= CustomFields.UDF_COUNT; i++) {
      udfs.put("udf" + i, user.customFields().get("udf" + i));
    }
    return udfs;
  }

  default UUID uuid(UserId id) {
    return id == null ? null : id.value();
  }

  default UUID uuid(SalesOrganizationId id) {
    return id == null ? null : id.value();
  }

  /**
   * Instants ({@code modified_dateutc}) as ASP.NET writes them: seven fractional digits and an
   * offset, in UTC.
   */
  DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSxxx");

  default String text(Instant instant) {
    return instant == null ? null : DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /**
   * A calendar date ({@code birthdate}) as .NET writes a {@code DateTime} that holds a date:
   * midnight, without an offset ({@code 1990-12-10T00:00:00}). A client reads it as it is written;
   * with an offset, a client west of it would read the evening before.
   */
  default String text(LocalDate date) {
    return date == null ? null : date + "T00:00:00";
  }
}
