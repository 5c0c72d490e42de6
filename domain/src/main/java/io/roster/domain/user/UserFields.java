package io.roster.domain.user;

import io.roster.domain.credential.Credential;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Credentials;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.failure.FieldError;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.field.StorableText;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every writable field of a {@link User}, with its bounds. The bounds are those of the wello seed
 * (255 / 250 / 64 / 50); fields the seeds leave unbounded get one that a database column can hold.
 */
public final class UserFields {
  private UserFields() {}

  // login
  public static final Field<User, String> USERNAME =
      Field.<User>text("username", 255, u -> u.login().username()).required();
  public static final Field<User, String> INITIALS =
      Field.text("initials", 50, u -> u.login().initials());
  public static final Field<User, String> NICK_NAME =
      Field.text("nickName", 255, u -> u.login().nickName());
  public static final Field<User, String> EXTERNAL_CODE =
      Field.text("externalCode", 50, u -> u.login().externalCode());

  // person
  public static final Field<User, String> FIRSTNAME =
      Field.text("firstname", 255, u -> u.person().firstname());
  public static final Field<User, String> LASTNAME =
      Field.<User>text("lastname", 255, u -> u.person().lastname()).required();
  public static final Field<User, String> EMAIL =
      Field.<User>email("email", 255, u -> u.person().email()).required();
  public static final Field<User, String> PHONE = Field.text("phone", 50, u -> u.person().phone());
  public static final Field<User, String> FAX = Field.text("fax", 50, u -> u.person().fax());
  public static final Field<User, String> MOBILE =
      Field.text("mobile", 50, u -> u.person().mobile());
  public static final Field<User, String> SKYPE = Field.text("skype", 50, u -> u.person().skype());
  public static final Field<User, String> NOTES = Field.text("notes", 0, u -> u.person().notes());
  public static final Field<User, UUID> LANGUAGE =
      Field.reference("language", ReferenceKind.LANGUAGE, u -> u.person().language());

  // private contact
  public static final Field<User, String> PRIVATE_EMAIL =
      Field.email("privateEmail", 250, u -> u.privateContact().email());
  public static final Field<User, String> PRIVATE_PHONE =
      Field.text("privatePhone", 50, u -> u.privateContact().phone());
  public static final Field<User, String> PRIVATE_FAX =
      Field.text("privateFax", 50, u -> u.privateContact().fax());
  public static final Field<User, String> PRIVATE_MOBILE =
      Field.text("privateMobile", 50, u -> u.privateContact().mobile());
  public static final Field<User, String> PRIVATE_STREET =
      Field.text("privateStreet", 50, u -> u.privateContact().street());
  public static final Field<User, String> PRIVATE_STREET_NUMBER =
      Field.text("privateStreetNumber", 50, u -> u.privateContact().streetNumber());
  public static final Field<User, String> PRIVATE_CITY =
      Field.text("privateCity", 50, u -> u.privateContact().city());
  public static final Field<User, String> PRIVATE_ZIP =
      Field.text("privateZip", 50, u -> u.privateContact().zip());
  public static final Field<User, UUID> PRIVATE_COUNTRY =
      Field.reference("privateCountry", ReferenceKind.COUNTRY, u -> u.privateContact().country());

  // HR
  public static final Field<User, String> EMERGENCY_CONTACT =
      Field.text("emergencyContact", 64, u -> u.hr().emergencyContact());
  public static final Field<User, String> BANK_ACCOUNT =
      Field.text("bankAccount", 50, u -> u.hr().bankAccount());
  public static final Field<User, String> SOCIAL_SECURITY =
      Field.text("socialSecurity", 50, u -> u.hr().socialSecurity());
  public static final Field<User, String> PLACE_OF_BIRTH =
      Field.text("placeOfBirth", 255, u -> u.hr().placeOfBirth());
  public static final Field<User, String> NATIONALITY =
      Field.text("nationality", 255, u -> u.hr().nationality());
  public static final Field<User, String> FUNCTIONS =
      Field.text("functions", 255, u -> u.hr().functions());
  public static final Field<User, LocalDate> BIRTHDATE =
      Field.date("birthdate", u -> u.hr().birthdate());

  // organisation
  public static final Field<User, SalesOrganizationId> SALES_ORGANIZATION =
      Field.<User, SalesOrganizationId>reference(
              "salesOrganization",
              ReferenceKind.SALES_ORGANIZATION,
              u -> u.organisation().salesOrganization())
          .required();
  public static final Field<User, UUID> USER_GROUP =
      Field.reference("userGroup", ReferenceKind.USER_GROUP, u -> u.organisation().userGroup());
  public static final Field<User, Set<UUID>> OTHER_GROUPS =
      Field.<User, UUID>references(
              "otherGroups", ReferenceKind.USER_GROUP, u -> u.organisation().otherGroups())
          .atMost(Organisation.MAX_ITEMS);
  public static final Field<User, UUID> ROLE =
      Field.reference("role", ReferenceKind.ROLE, u -> u.organisation().role());
  public static final Field<User, Boolean> IS_TEAM_LEADER =
      Field.flag("isTeamLeader", u -> u.organisation().teamLeader());
  public static final Field<User, UserId> TEAM_LEADER =
      Field.reference("teamLeader", ReferenceKind.USER, u -> u.organisation().teamLeaderId());
  public static final Field<User, Set<UUID>> TICKET_CATEGORIES =
      Field.<User, UUID>references(
              "ticketCategories",
              ReferenceKind.TICKET_CATEGORY,
              u -> u.organisation().ticketCategories())
          .atMost(Organisation.MAX_ITEMS);
  public static final Field<User, UserType> USER_TYPE =
      Field.choice("userType", UserType.INTERNAL_ASSOCIATE, u -> u.organisation().userType());
  public static final Field<User, Integer> RANK =
      Field.integer("rank", 0, Integer.MAX_VALUE, u -> u.organisation().rank());
  public static final Field<User, String> TOOLTIP =
      Field.text("tooltip", 255, u -> u.organisation().tooltip());

  // access
  /**
   * Module licence codes. A draft gives a {@code KeyedEntries<Boolean>}: each covered licence is
   * granted when its entry is true; licences outside the scope stay as they are.
   */
  public static final Field<User, Set<String>> LICENCES =
      Field.keyed("licences", Set.of(), u -> u.access().licences(), UserFields::mergeLicences);

  /**
   * A draft gives a {@code List<CredentialDraft>}, at most {@value Credentials#MAX_COUNT}, with its
   * new secrets sealed (hashed) or, to check every rule before hashing, stood in for ({@link
   * Credentials#standIn}).
   */
  public static final Field<User, List<Credential>> CREDENTIALS =
      Field.<User, List<Credential>>composite(
              "credentials",
              Field.Kind.CREDENTIALS,
              List.of(),
              u -> u.access().credentials(),
              UserFields::mergeCredentials)
          .atMost(Credentials.MAX_COUNT);

  public static final Field<User, Boolean> DISABLED =
      Field.flag("disabled", u -> u.access().disabled());
  public static final Field<User, Boolean> WAITING_FOR_APPROVAL =
      Field.flag("waitingForApproval", u -> u.access().waitingForApproval());
  public static final Field<User, Boolean> IS_ON_TRAVEL =
      Field.flag("isOnTravel", u -> u.access().onTravel());
  public static final Field<User, Integer> EJ_USER_ID =
      Field.integer("ejUserId", 0, Integer.MAX_VALUE, u -> u.access().ejUserId());
  public static final Field<User, String> REQUEST_SIGNATURE =
      Field.text("requestSignature", 255, u -> u.access().requestSignature());

  /** A draft gives a {@code KeyedEntries<String>}: udf1..udf100 and/or the extra fields. */
  public static final Field<User, Map<String, String>> CUSTOM_FIELDS =
      Field.keyed(
          CustomFields.FIELD, Map.of(), u -> u.customFields().values(), CustomFields::merge);

  // lifecycle
  public static final Field<User, Boolean> ARCHIVED =
      Field.flag("archived", u -> u.lifecycle().archived());

  /** Every writable field, in the order of the groups above. */
  public static final List<Field<User, ?>> ALL =
      List.of(
          USERNAME,
          INITIALS,
          NICK_NAME,
          EXTERNAL_CODE,
          FIRSTNAME,
          LASTNAME,
          EMAIL,
          PHONE,
          FAX,
          MOBILE,
          SKYPE,
          NOTES,
          LANGUAGE,
          PRIVATE_EMAIL,
          PRIVATE_PHONE,
          PRIVATE_FAX,
          PRIVATE_MOBILE,
          PRIVATE_STREET,
          PRIVATE_STREET_NUMBER,
          PRIVATE_CITY,
          PRIVATE_ZIP,
          PRIVATE_COUNTRY,
          EMERGENCY_CONTACT,
          BANK_ACCOUNT,
          SOCIAL_SECURITY,
          PLACE_OF_BIRTH,
          NATIONALITY,
          FUNCTIONS,
          BIRTHDATE,
          SALES_ORGANIZATION,
          USER_GROUP,
          OTHER_GROUPS,
          ROLE,
          IS_TEAM_LEADER,
          TEAM_LEADER,
          TICKET_CATEGORIES,
          USER_TYPE,
          RANK,
          TOOLTIP,
          LICENCES,
          CREDENTIALS,
          DISABLED,
          WAITING_FOR_APPROVAL,
          IS_ON_TRAVEL,
          EJ_USER_ID,
          REQUEST_SIGNATURE,
          CUSTOM_FIELDS,
          ARCHIVED);

  /** The fields that hold HR data: readable and writable only by those with the right to it. */
  public static final Set<Field<User, ?>> HR =
      Set.of(
          EMERGENCY_CONTACT,
          BANK_ACCOUNT,
          SOCIAL_SECURITY,
          PLACE_OF_BIRTH,
          NATIONALITY,
          FUNCTIONS,
          BIRTHDATE);

  private static Set<String> mergeLicences(Set<String> stored, KeyedEntries<?> given) {
    TreeSet<String> licences = new TreeSet<>();
    stored.stream().filter(code -> !given.scope().covers(code)).forEach(licences::add);
    given
        .entries()
        .forEach(
            (code, granted) -> {
              if (Boolean.TRUE.equals(granted) && given.scope().covers(code)) {
                licences.add(code.toLowerCase(Locale.ROOT));
              }
            });
    return licences;
  }

  /**
   * An error for each credential type or display value {@code draft} gives that may not be kept
   * ({@link StorableText}, which checks the draft's plain text values itself); a secret is never
   * shown, and is not checked.
   */
  static List<FieldError> refusedText(Draft<User> draft) {
    List<FieldError> errors = new ArrayList<>();
    if (draft.given(CREDENTIALS) instanceof List<?> credentials) {
      for (int i = 0; i < credentials.size(); i++) {
        if (credentials.get(i) instanceof CredentialDraft credential) {
          String path = CREDENTIALS.name() + "[" + i + "]";
          StorableText.check(path + ".type", credential.type()).ifPresent(errors::add);
          StorableText.check(path + ".displayValue", credential.displayValue())
              .ifPresent(errors::add);
        }
      }
    }
    return errors;
  }

  private static List<Credential> mergeCredentials(List<Credential> stored, Object given) {
    @SuppressWarnings("unchecked")
    List<CredentialDraft> drafts = (List<CredentialDraft>) given;
    return Credentials.merge(stored, drafts);
  }
}
