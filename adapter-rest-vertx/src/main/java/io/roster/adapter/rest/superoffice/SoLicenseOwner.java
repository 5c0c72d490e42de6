package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * SuperOffice's {@code LicenseOwner}: module licences grouped by who owns them. Roster has one
 * owner, {@value #ROSTER}, whose licences are the licence reference list; all of them are
 * "restricted" (assigned per user).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({
  "Name",
  "Description",
  "RestrictedModuleLicenses",
  "UnrestrictedModuleLicenses",
  "TableRight",
  "FieldProperties"
})
record SoLicenseOwner(
    String name,
    String description,
    List<SoModuleLicense> restrictedModuleLicenses,
    List<SoModuleLicense> unrestrictedModuleLicenses,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties) {
  static final String ROSTER = "Roster";

  /**
   * SuperOffice's {@code ModuleLicenseLink}: {@code Name} is the licence's code, {@code
   * ModuleLicenseId} its number, {@code Assigned} whether the user has it, {@code CanAssign}
   * whether the caller may change that. Roster counts no seats ({@code Total}, {@code Free} and
   * {@code InUse} are 0), knows no prerequisites and no flags. In a request only {@code Name} and
   * {@code Assigned} count.
   */
  @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
  @JsonPropertyOrder({
    "Unrestricted",
    "Total",
    "Free",
    "InUse",
    "Tooltip",
    "Name",
    "Description",
    "CanAssign",
    "IsHidden",
    "Assigned",
    "ModuleLicenseId",
    "PrerequisiteModuleName",
    "SortOrder",
    "ExtraFlags",
    "TableRight",
    "FieldProperties"
  })
  record SoModuleLicense(
      Boolean unrestricted,
      Integer total,
      Integer free,
      Integer inUse,
      String tooltip,
      String name,
      String description,
      Boolean canAssign,
      Boolean isHidden,
      Boolean assigned,
      Integer moduleLicenseId,
      String prerequisiteModuleName,
      Integer sortOrder,
      Integer extraFlags,
      SoTableRight tableRight,
      Map<String, SoFieldProperty> fieldProperties) {

    static SoModuleLicense shown(
        int id, String code, String description, boolean assigned, boolean canAssign, int order) {
      return new SoModuleLicense(
          false,
          0,
          0,
          0,
          null,
          code,
          description,
          canAssign,
          false,
          assigned,
          id,
          null,
          order,
          0,
          null,
          SoFieldProperty.NONE);
    }
  }
}
