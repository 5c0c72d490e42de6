package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Module licences grouped by who owns them. Roster has one owner, {@value #ROSTER}, whose licences
 * are the licence reference list; all of them are "restricted" (assigned per user).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({
  "Name",
  "Description",
  "RestrictedModuleLicenses",
  "UnrestrictedModuleLicenses"
})
record SoLicenseOwner(
    String name,
    String description,
    List<SoModuleLicense> restrictedModuleLicenses,
    List<SoModuleLicense> unrestrictedModuleLicenses) {
  static final String ROSTER = "Roster";

  /** One licence: {@code Name} is its code, {@code Assigned} whether the user has it. */
  @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
  @JsonPropertyOrder({"Name", "Description", "Assigned"})
  record SoModuleLicense(String name, String description, Boolean assigned) {}
}
