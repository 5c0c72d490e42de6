package io.roster.adapter.rest.superoffice;

import static io.roster.domain.user.UserFields.*;

import io.roster.adapter.rest.http.HttpProblem;
import io.roster.domain.failure.FieldError;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.user.Person;
import io.roster.domain.user.User;
import io.roster.domain.user.UserType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a SuperOffice request body says, as a draft over the fields the dialect shows ({@link
 * SoFields#VIEW}). Hand-written rather than MapStruct: the rules are per property (a nested entity
 * sent as null is kept, list items name reference data by number, credentials and custom fields
 * have their own shapes), which MapStruct expressions would only hide.
 */
final class SoDrafts {
  private SoDrafts() {}

  /**
   * SuperOffice's credential type for a user name and password, taken when a credential has none.
   */
  static final String PASSWORD = "Password";

  /** {@code body} as a new user's draft, date-times without an offset read in UTC. */
  static Draft<User> user(SoUser body) {
    return user(body, ZoneOffset.UTC, null);
  }

  /**
   * {@code body} as a draft, date-times without an offset read in {@code zone} ({@code
   * SO-TimeZone}). A value that cannot be read is {@linkplain Draft#rejected() rejected}: the use
   * case reports it with every other error of the request.
   *
   * @param current the user as the caller sees them now, or null for a new user: {@code
   *     CustomFields} and {@code ExtraFields} both carry the extra fields, and the one that differs
   *     from it counts
   */
  static Draft<User> user(SoUser body, ZoneId zone, User current) {
    List<FieldError> errors = new ArrayList<>();
    Set<Field<User, ?>> kept = new LinkedHashSet<>();
    Draft.Builder<User> draft = Draft.covering(SoFields.VIEW);
    draft
        .set(INITIALS, body.name())
        .set(RANK, body.rank())
        .set(TOOLTIP, body.tooltip())
        .set(EJ_USER_ID, body.ejUserId())
        .set(REQUEST_SIGNATURE, body.requestSignature())
        .set(USER_TYPE, type(body.type(), errors))
        .set(IS_ON_TRAVEL, body.isOnTravel())
        .set(USERNAME, body.userName())
        .set(NICK_NAME, body.nickName())
        .set(WAITING_FOR_APPROVAL, body.waitingForApproval());

    Boolean archived = body.deleted() != null ? body.deleted() : body.isPersonRetired();
    if (archived == null) {
      kept.add(ARCHIVED);
    } else {
      draft.set(ARCHIVED, archived);
    }

    if (body.person() == null) {
      kept.addAll(List.of(FIRSTNAME, LASTNAME, EMAIL, PHONE, MOBILE, FAX, BIRTHDATE));
    } else {
      SoPerson person = body.person();
      Person stored = current == null ? null : current.person();
      draft
          .set(FIRSTNAME, person.firstname())
          .set(LASTNAME, person.lastname())
          .set(EMAIL, person.email())
          .set(
              PHONE,
              either(
                  "Person.DirectPhone",
                  person.directPhone(),
                  "Person.Phone",
                  person.phone(),
                  stored == null ? null : stored.phone(),
                  errors))
          .set(
              MOBILE,
              either(
                  "Person.MobilePhone",
                  person.mobilePhone(),
                  "Person.Mobile",
                  person.mobile(),
                  stored == null ? null : stored.mobile(),
                  errors))
          .set(
              FAX,
              either(
                  "Person.FaxPhone",
                  person.faxPhone(),
                  "Person.Fax",
                  person.fax(),
                  stored == null ? null : stored.fax(),
                  errors));
      // Birthdate is Roster's own member: left out, it stays as stored.
      if (person.birthdate() == null) {
        kept.add(BIRTHDATE);
      } else {
        draft.set(BIRTHDATE, date(person.birthdate().text(), zone, errors));
      }
    }

    SoItemDrafts.one(
        draft,
        kept,
        ROLE,
        "Role",
        body.role() == null ? null : body.role().id(),
        body.role(),
        errors);
    SoItemDrafts.one(
        draft,
        kept,
        USER_GROUP,
        "UserGroup",
        body.userGroup() == null ? null : body.userGroup().id(),
        body.userGroup(),
        errors);
    SoItemDrafts.many(
        draft,
        kept,
        OTHER_GROUPS,
        "OtherGroups",
        body.otherGroups() == null
            ? null
            : body.otherGroups().stream().map(i -> i == null ? null : i.id()).toList(),
        errors);
    SoItemDrafts.many(
        draft,
        kept,
        TICKET_CATEGORIES,
        "TicketCategories",
        body.ticketCategories() == null
            ? null
            : body.ticketCategories().stream().map(c -> c == null ? null : c.id()).toList(),
        errors);

    if (body.licenseOwners() == null) {
      kept.add(LICENCES);
    } else {
      draft.put(LICENCES, SoItemDrafts.licences(body.licenseOwners()));
    }
    if (body.credentials() == null) {
      kept.add(CREDENTIALS);
    } else {
      draft.put(CREDENTIALS, SoItemDrafts.credentials(body.credentials()));
    }
    if (body.customFields() == null && body.extraFields() == null) {
      kept.add(CUSTOM_FIELDS);
    } else {
      draft.put(CUSTOM_FIELDS, SoCustomFields.draft(body, current, errors));
    }
    // A value that cannot be read leaves its field as stored; its error comes with all the others.
    for (FieldError error : errors) {
      Field<User, ?> field = SoFields.field(error.field());
      if (field == null) {
        draft.reject(error);
      } else {
        draft.reject(field, error);
      }
    }
    Draft<User> built = draft.build();
    for (Field<User, ?> field : kept) {
      built = built.without(field);
    }
    return built;
  }

  /**
   * One value SuperOffice's member ({@code DirectPhone}) and Roster's earlier one ({@code Phone})
   * may both give: the one given, the same in both, or the one that differs from {@code stored} (a
   * client that sends back what it was shown and changes the other). Two different new values are
   * an error naming both.
   */
  private static String either(
      String property,
      String value,
      String earlierProperty,
      String earlier,
      String stored,
      List<FieldError> errors) {
    if (earlier == null || Objects.equals(value, earlier)) {
      return value;
    }
    if (value == null || Objects.equals(value, stored)) {
      return earlier;
    }
    if (Objects.equals(earlier, stored)) {
      return value;
    }
    errors.add(
        new FieldError(
            property,
            FieldError.Code.MISMATCH,
            "differs from " + earlierProperty + ": send one value, or the same in both"));
    return null;
  }

  /**
   * A query's user type by name ({@code InternalAssociate}, any case) or number (1..5); null for
   * none.
   *
   * @throws HttpProblem 400 naming {@code parameter} when it is neither
   */
  static UserType type(String parameter, String text) {
    List<FieldError> errors = new ArrayList<>();
    UserType type = type(text, errors);
    if (!errors.isEmpty()) {
      throw new HttpProblem(400, parameter, parameter + ": " + errors.get(0).message());
    }
    return type;
  }

  /** {@code InternalAssociate} (any case) or its number, 1..5. */
  private static UserType type(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String wanted = text.trim().replace("_", "");
    for (UserType type : UserType.values()) {
      if (type.name().replace("_", "").equalsIgnoreCase(wanted)
          || Integer.toString(type.number()).equals(wanted)) {
        return type;
      }
    }
    errors.add(
        new FieldError(
            "Type",
            FieldError.Code.MALFORMED,
            "'"
                + text
                + "' is not a user type (InternalAssociate, ResourceAssociate, ExternalAssociate, AnonymousAssociate, SystemAssociate)"));
    return null;
  }

  /**
   * A date ({@code 1990-12-10}) or a date-time whose date in {@code zone} counts ({@link
   * SoDates#readDate}); blank text and SuperOffice's minimum value are no date.
   */
  private static LocalDate date(String text, ZoneId zone, List<FieldError> errors) {
    try {
      return new SoDates(zone, false).readDate(text);
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              "Person.Birthdate",
              FieldError.Code.MALFORMED,
              "is not a date (yyyy-MM-dd or an ISO 8601 date-time)"));
      return null;
    }
  }
}
