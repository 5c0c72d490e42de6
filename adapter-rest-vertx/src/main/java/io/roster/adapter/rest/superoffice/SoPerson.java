package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The person behind the user as SuperOffice's {@code Person} carrier has it (the summary carrier,
 * not {@code PersonEntity}): single phone numbers, no lists. Roster holds the names, the e-mail
 * address and the three numbers; it shows {@code FullName} (made from the names), {@code Retired}
 * (the user's {@code Deleted}, as 0/1) and {@code PersonId} 0 (it keeps no person apart from the
 * user), and writes every other member empty (null, 0 or false): see {@link #unheld()}.
 *
 * <p>Two members are Roster's own. {@code Birthdate} (SuperOffice's carrier has none) is a date
 * written as a date-time at midnight, {@value SoDates#MIN} for none; a request that leaves it out
 * keeps the stored date (a client built on SuperOffice's shape does not know it), null or the
 * minimum value clear it. {@code Phone}, {@code Mobile} and {@code Fax} are the names Roster used
 * before {@code DirectPhone}, {@code MobilePhone} and {@code FaxPhone}: still read, never written.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({
  "Position",
  "PersonId",
  "Mrmrs",
  "Firstname",
  "Lastname",
  "MiddleName",
  "Title",
  "Description",
  "Email",
  "FullName",
  "FormalName",
  "DirectPhone",
  "MobilePhone",
  "FaxPhone",
  "CountryId",
  "ContactId",
  "ContactName",
  "ContactDepartment",
  "ContactOrgNr",
  "ContactPhone",
  "ContactFax",
  "ContactFullName",
  "ContactCountryId",
  "Retired",
  "Rank",
  "ActiveInterests",
  "AssociateName",
  "AssociateId",
  "UsePersonAddress",
  "Kanafname",
  "Kanalname",
  "Post1",
  "Post2",
  "Post3",
  "EmailName",
  "ActiveErpLinks",
  "TicketPriorityId",
  "SupportLanguageId",
  "SupportAssociateId",
  "CategoryName",
  "PersonNumber",
  "Birthdate",
  "TableRight",
  "FieldProperties"
})
record SoPerson(
    String position,
    Integer personId,
    String mrmrs,
    String firstname,
    String lastname,
    String middleName,
    String title,
    String description,
    String email,
    String fullName,
    String formalName,
    String directPhone,
    String mobilePhone,
    String faxPhone,
    Integer countryId,
    Integer contactId,
    String contactName,
    String contactDepartment,
    String contactOrgNr,
    String contactPhone,
    String contactFax,
    String contactFullName,
    Integer contactCountryId,
    Integer retired,
    Integer rank,
    Integer activeInterests,
    String associateName,
    Integer associateId,
    Boolean usePersonAddress,
    String kanafname,
    String kanalname,
    String post1,
    String post2,
    String post3,
    String emailName,
    Integer activeErpLinks,
    Integer ticketPriorityId,
    Integer supportLanguageId,
    Integer supportAssociateId,
    String categoryName,
    String personNumber,
    SoSent birthdate,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties,
    @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mobile,
    @JsonInclude(JsonInclude.Include.NON_NULL) String fax) {

  /** A person as an answer shows it: what Roster holds, every other member empty. */
  static SoPerson shown(
      String firstname,
      String lastname,
      String email,
      String phone,
      String mobile,
      String fax,
      boolean retired,
      String birthdate) {
    return new SoPerson(
        null,
        0,
        null,
        firstname,
        lastname,
        null,
        null,
        null,
        email,
        fullName(firstname, lastname),
        null,
        phone,
        mobile,
        fax,
        0,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        retired ? 1 : 0,
        0,
        0,
        null,
        0,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        0,
        0,
        0,
        0,
        null,
        null,
        SoSent.of(birthdate),
        null,
        SoFieldProperty.NONE,
        null,
        null,
        null);
  }

  /** "Ada Lovelace": the names there are, by a space; null for none. */
  private static String fullName(String firstname, String lastname) {
    String joined =
        String.join(
                " ",
                Stream.of(firstname, lastname)
                    .filter(name -> name != null && !name.isBlank())
                    .toList())
            .strip();
    return joined.isEmpty() ? null : joined;
  }

  /**
   * The members SuperOffice lets a client write that Roster cannot hold, and that this request
   * gives a value (other than null, 0, false or blank): ignored, or a 400 with {@code Prefer:
   * handling=strict}. Members SuperOffice derives itself ({@code FullName}, {@code FormalName}, the
   * {@code Contact...} copies, the counters, {@code CategoryName}, {@code PersonId}, {@code
   * Retired}) are read-only: ignored whatever they say.
   */
  List<String> unheld() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("Position", position);
    members.put("Mrmrs", mrmrs);
    members.put("MiddleName", middleName);
    members.put("Title", title);
    members.put("Description", description);
    members.put("CountryId", countryId);
    members.put("ContactId", contactId);
    members.put("Rank", rank);
    members.put("AssociateName", associateName);
    members.put("AssociateId", associateId);
    members.put("UsePersonAddress", usePersonAddress);
    members.put("Kanafname", kanafname);
    members.put("Kanalname", kanalname);
    members.put("Post1", post1);
    members.put("Post2", post2);
    members.put("Post3", post3);
    members.put("EmailName", emailName);
    members.put("TicketPriorityId", ticketPriorityId);
    members.put("SupportLanguageId", supportLanguageId);
    members.put("SupportAssociateId", supportAssociateId);
    members.put("PersonNumber", personNumber);
    List<String> given = new ArrayList<>();
    members.forEach(
        (name, value) -> {
          if (!isEmpty(value)) {
            given.add("Person." + name);
          }
        });
    return given;
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || Objects.equals(value, 0)
        || Objects.equals(value, false)
        || (value instanceof String text && text.isBlank());
  }
}
