package io.roster.domain.salesorg;

import static io.roster.domain.salesorg.SalesOrganizationFields.ACCOUNTANCY_CODE;
import static io.roster.domain.salesorg.SalesOrganizationFields.CODE;
import static io.roster.domain.salesorg.SalesOrganizationFields.DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE;
import static io.roster.domain.salesorg.SalesOrganizationFields.DESCRIPTION;
import static io.roster.domain.salesorg.SalesOrganizationFields.NAME;
import static io.roster.domain.salesorg.SalesOrganizationFields.VAT_REG_CODE;

import io.roster.domain.field.Checks;

/** What the organization is called, here and in the ERP ({@code code}, unique when present). */
public record OrganizationProfile(
    String code,
    String name,
    String description,
    String accountancyCode,
    String vatRegCode,
    String defaultUnitOfMeasureSystemType) {
  public OrganizationProfile {
    Checks.start()
        .check(CODE, code)
        .check(NAME, name)
        .check(DESCRIPTION, description)
        .check(ACCOUNTANCY_CODE, accountancyCode)
        .check(VAT_REG_CODE, vatRegCode)
        .check(DEFAULT_UNIT_OF_MEASURE_SYSTEM_TYPE, defaultUnitOfMeasureSystemType)
        .orThrow();
  }
}
