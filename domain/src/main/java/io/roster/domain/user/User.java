package io.roster.domain.user;

import static io.roster.domain.user.UserFields.ARCHIVED;
import static io.roster.domain.user.UserFields.BANK_ACCOUNT;
import static io.roster.domain.user.UserFields.BIRTHDATE;
import static io.roster.domain.user.UserFields.CREDENTIALS;
import static io.roster.domain.user.UserFields.CUSTOM_FIELDS;
import static io.roster.domain.user.UserFields.DISABLED;
import static io.roster.domain.user.UserFields.EJ_USER_ID;
import static io.roster.domain.user.UserFields.EMAIL;
import static io.roster.domain.user.UserFields.EMERGENCY_CONTACT;
import static io.roster.domain.user.UserFields.EXTERNAL_CODE;
import static io.roster.domain.user.UserFields.FAX;
import static io.roster.domain.user.UserFields.FIRSTNAME;
import static io.roster.domain.user.UserFields.FUNCTIONS;
import static io.roster.domain.user.UserFields.INITIALS;
import static io.roster.domain.user.UserFields.IS_ON_TRAVEL;
import static io.roster.domain.user.UserFields.IS_TEAM_LEADER;
import static io.roster.domain.user.UserFields.LANGUAGE;
import static io.roster.domain.user.UserFields.LASTNAME;
import static io.roster.domain.user.UserFields.LICENCES;
import static io.roster.domain.user.UserFields.MOBILE;
import static io.roster.domain.user.UserFields.NATIONALITY;
import static io.roster.domain.user.UserFields.NICK_NAME;
import static io.roster.domain.user.UserFields.NOTES;
import static io.roster.domain.user.UserFields.OTHER_GROUPS;
import static io.roster.domain.user.UserFields.PHONE;
import static io.roster.domain.user.UserFields.PLACE_OF_BIRTH;
import static io.roster.domain.user.UserFields.PRIVATE_CITY;
import static io.roster.domain.user.UserFields.PRIVATE_COUNTRY;
import static io.roster.domain.user.UserFields.PRIVATE_EMAIL;
import static io.roster.domain.user.UserFields.PRIVATE_FAX;
import static io.roster.domain.user.UserFields.PRIVATE_MOBILE;
import static io.roster.domain.user.UserFields.PRIVATE_PHONE;
import static io.roster.domain.user.UserFields.PRIVATE_STREET;
import static io.roster.domain.user.UserFields.PRIVATE_STREET_NUMBER;
import static io.roster.domain.user.UserFields.PRIVATE_ZIP;
import static io.roster.domain.user.UserFields.RANK;
import static io.roster.domain.user.UserFields.REQUEST_SIGNATURE;
import static io.roster.domain.user.UserFields.ROLE;
import static io.roster.domain.user.UserFields.SALES_ORGANIZATION;
import static io.roster.domain.user.UserFields.SKYPE;
import static io.roster.domain.user.UserFields.SOCIAL_SECURITY;
import static io.roster.domain.user.UserFields.TEAM_LEADER;
import static io.roster.domain.user.UserFields.TICKET_CATEGORIES;
import static io.roster.domain.user.UserFields.TOOLTIP;
import static io.roster.domain.user.UserFields.USERNAME;
import static io.roster.domain.user.UserFields.USER_GROUP;
import static io.roster.domain.user.UserFields.USER_TYPE;
import static io.roster.domain.user.UserFields.WAITING_FOR_APPROVAL;

import io.roster.domain.customfield.CustomFields;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Changes;
import io.roster.domain.field.Checks;
import io.roster.domain.field.Draft;
import io.roster.domain.field.FieldChange;
import io.roster.domain.field.Revision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person who works for the company, as the directory keeps them. Immutable: {@link #update},
 * {@link #archive} and {@link #unarchive} return the next state and what changed. Users are never
 * deleted.
 */
public record User(
    UserId id,
    AssociateId associateId,
    Login login,
    Person person,
    PrivateContact privateContact,
    HrData hr,
    Organisation organisation,
    Access access,
    CustomFields customFields,
    Lifecycle lifecycle) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(associateId, "associateId");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(privateContact, "privateContact");
    Objects.requireNonNull(hr, "hr");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(customFields, "customFields");
    Objects.requireNonNull(lifecycle, "lifecycle");
  }

  /**
   * A new user from a draft that covers at least every required field.
   *
   * @throws ValidationFailed listing every field error
   * @throws UniquenessViolated when a unique value is held by another user
   */
  public static Revision<User> create(
      UserId id, AssociateId associateId, Draft<User> draft, UserDirectory directory, Instant now) {
    boolean archived = draft.merged(ARCHIVED, null);
    User user = build(id, associateId, draft, null, Lifecycle.born(now, archived), directory);
    return new Revision<>(user, Changes.between(UserFields.ALL, null, user));
  }

  /**
   * This user with the draft applied: covered fields take the draft's value (absent: cleared),
   * other fields stay. When nothing changes, the user is returned as it was, same version.
   *
   * @throws ValidationFailed listing every field error; nothing changes
   * @throws UniquenessViolated when a unique value is held by another user
   */
  public Revision<User> update(Draft<User> draft, UserDirectory directory, Instant now) {
    boolean archived = draft.merged(ARCHIVED, this);
    User candidate =
        build(id, associateId, draft, this, lifecycle.withArchived(archived), directory);
    List<FieldChange> changes = Changes.between(UserFields.ALL, this, candidate);
    if (changes.isEmpty()) {
      return Revision.unchanged(this);
    }
    return new Revision<>(candidate.with(lifecycle.changed(archived, now)), changes);
  }

  /** Retires the user: kept with every value, left out of lists, unable to log on. */
  public Revision<User> archive(Instant now) {
    return archived(true, now);
  }

  public Revision<User> unarchive(Instant now) {
    return archived(false, now);
  }

  public boolean isArchived() {
    return lifecycle.archived();
  }

  /**
   * This user with {@code lastLogin} at {@code at}. Logging on is not a change of the user's data:
   * the version stays (ETags and If-Match keep holding).
   */
  public User loggedIn(Instant at) {
    return with(lifecycle.loggedIn(at));
  }

  /** This user with {@code lastLogout} at {@code at}; the version stays. */
  public User loggedOut(Instant at) {
    return with(lifecycle.loggedOut(at));
  }

  /** Archived, disabled and not yet approved users cannot log on. */
  public boolean canLogOn() {
    return canLogOn(lifecycle.archived(), access.disabled(), access.waitingForApproval());
  }

  /** The rule of {@link #canLogOn()}, for a store that reads only these flags. */
  public static boolean canLogOn(boolean archived, boolean disabled, boolean waitingForApproval) {
    return !archived && !disabled && !waitingForApproval;
  }

  private Revision<User> archived(boolean archived, Instant now) {
    if (lifecycle.archived() == archived) {
      return Revision.unchanged(this);
    }
    User after = with(lifecycle.changed(archived, now));
    return new Revision<>(after, Changes.between(List.of(ARCHIVED), this, after));
  }

  private User with(Lifecycle next) {
    return new User(
        id,
        associateId,
        login,
        person,
        privateContact,
        hr,
        organisation,
        access,
        customFields,
        next);
  }

  private static User build(
      UserId id,
      AssociateId associateId,
      Draft<User> d,
      User s,
      Lifecycle lifecycle,
      UserDirectory directory) {
    Checks checks = Checks.start().addAll(d.rejected()).addAll(UserFields.refusedText(d));
    Login login =
        checks.attempt(
            () ->
                new Login(
                    d.merged(USERNAME, s),
                    d.merged(INITIALS, s),
                    d.merged(NICK_NAME, s),
                    d.merged(EXTERNAL_CODE, s)));
    Person person =
        checks.attempt(
            () ->
                new Person(
                    d.merged(FIRSTNAME, s),
                    d.merged(LASTNAME, s),
                    d.merged(EMAIL, s),
                    d.merged(PHONE, s),
                    d.merged(FAX, s),
                    d.merged(MOBILE, s),
                    d.merged(SKYPE, s),
                    d.merged(NOTES, s),
                    d.merged(LANGUAGE, s)));
    PrivateContact privateContact =
        checks.attempt(
            () ->
                new PrivateContact(
                    d.merged(PRIVATE_EMAIL, s),
                    d.merged(PRIVATE_PHONE, s),
                    d.merged(PRIVATE_FAX, s),
                    d.merged(PRIVATE_MOBILE, s),
                    d.merged(PRIVATE_STREET, s),
                    d.merged(PRIVATE_STREET_NUMBER, s),
                    d.merged(PRIVATE_CITY, s),
                    d.merged(PRIVATE_ZIP, s),
                    d.merged(PRIVATE_COUNTRY, s)));
    HrData hr =
        checks.attempt(
            () ->
                new HrData(
                    d.merged(EMERGENCY_CONTACT, s),
                    d.merged(BANK_ACCOUNT, s),
                    d.merged(SOCIAL_SECURITY, s),
                    d.merged(PLACE_OF_BIRTH, s),
                    d.merged(NATIONALITY, s),
                    d.merged(FUNCTIONS, s),
                    d.merged(BIRTHDATE, s)));
    Organisation organisation =
        checks.attempt(
            () ->
                new Organisation(
                    d.merged(SALES_ORGANIZATION, s),
                    d.merged(USER_GROUP, s),
                    d.merged(OTHER_GROUPS, s),
                    d.merged(ROLE, s),
                    d.merged(IS_TEAM_LEADER, s),
                    d.merged(TEAM_LEADER, s),
                    d.merged(TICKET_CATEGORIES, s),
                    d.merged(USER_TYPE, s),
                    d.merged(RANK, s),
                    d.merged(TOOLTIP, s)));
    Access access =
        checks.attempt(
            () ->
                new Access(
                    d.merged(LICENCES, s),
                    d.merged(CREDENTIALS, s),
                    d.merged(DISABLED, s),
                    d.merged(WAITING_FOR_APPROVAL, s),
                    d.merged(IS_ON_TRAVEL, s),
                    d.merged(EJ_USER_ID, s),
                    d.merged(REQUEST_SIGNATURE, s)));
    CustomFields customFields =
        checks.attempt(
            () ->
                directory
                    .customFieldSchema()
                    .conform(
                        d.merged(CUSTOM_FIELDS, s),
                        s == null ? Map.of() : s.customFields().values()));
    // Taken values are reported with every other error, not only once the rest is valid.
    List<FieldError> taken = taken(id, d, s, checks, directory);
    if (checks.hasErrors()) {
      checks.addAll(taken).orThrow();
    }

    User candidate =
        new User(
            id,
            associateId,
            login,
            person,
            privateContact,
            hr,
            organisation,
            access,
            customFields,
            lifecycle);
    checks.addAll(TeamLeadership.check(candidate, s, directory));
    if (checks.hasErrors()) {
      checks.addAll(taken).orThrow();
    }
    if (!taken.isEmpty()) {
      throw new UniquenessViolated(taken);
    }
    return candidate;
  }

  /**
   * The unique values of the draft that another user holds: each value the stored user did not
   * already hold and that broke no rule of its own (one error per field is enough). The message
   * quotes the value as given, without its surrounding whitespace.
   */
  private static List<FieldError> taken(
      UserId id, Draft<User> d, User stored, Checks checks, UserDirectory directory) {
    List<UniqueKey> held = stored == null ? List.of() : stored.login.uniqueKeys();
    List<FieldError> taken = new ArrayList<>();
    for (UniqueKey.Kind kind : UniqueKey.Kind.values()) {
      String value = d.merged(kind.source(), stored);
      if (checks.errors().stream().anyMatch(error -> error.field().equals(kind.field()))) {
        continue;
      }
      UniqueKey.of(kind, value)
          .filter(key -> !held.contains(key))
          .flatMap(directory::holderOf)
          .filter(holder -> !holder.equals(id))
          .ifPresent(
              holder ->
                  taken.add(
                      new FieldError(
                          kind.field(),
                          FieldError.Code.TAKEN,
                          "'" + value.strip() + "' is already taken by another user")));
    }
    return taken;
  }
}
