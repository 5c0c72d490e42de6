package io.roster.adapter.rest.wello;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;
import java.util.UUID;

/**
 * A sales organization as the Wello seed shows it, alone or embedded in a user; {@code more} holds
 * properties the seed does not name. An id given as the empty GUID is no id ({@link
 * WelloFields#given}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record WelloSalesOrganization(
    UUID id,
    String code,
    String name,
    String description,
    UUID dbCountryId,
    UUID dbCurrencyId,
    UUID dbLanguageId,
    String accountancyCode,
    Boolean archived,
    String defaultUnitOfMeasureSystemType,
    String street,
    String street2,
    String streetNumber,
    String zip,
    String city,
    String email,
    String phone,
    String fax,
    String url,
    String vatRegCode,
    String modifiedDateutc,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> more) {
  WelloSalesOrganization {
    id = WelloFields.given(id);
    dbCountryId = WelloFields.given(dbCountryId);
    dbCurrencyId = WelloFields.given(dbCurrencyId);
    dbLanguageId = WelloFields.given(dbLanguageId);
  }
}
