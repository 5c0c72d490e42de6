package io.roster.application.port.in.auth;

import io.roster.domain.field.Field;
import io.roster.domain.field.FieldChange;
import io.roster.domain.user.Access;
import io.roster.domain.user.HrData;
import io.roster.domain.user.Organisation;
import io.roster.domain.user.PrivateContact;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one caller may do with one user: the operations ({@code read}, {@code create}, {@code
 * update}, {@code archive}) and, per class of fields, whether they may see and change it.
 */
public record UserRights(
    boolean read,
    boolean create,
    boolean update,
    boolean archive,
    Map<FieldClass, FieldRight> classes) {
  public static final UserRights NONE = new UserRights(false, false, false, false, Map.of());

  public UserRights {
    EnumMap<FieldClass, FieldRight> all = new EnumMap<>(FieldClass.class);
    for (FieldClass group : FieldClass.values()) {
      all.put(group, classes.getOrDefault(group, FieldRight.NONE));
    }
    classes = Map.copyOf(all);
  }

  public FieldRight of(Field<User, ?> field) {
    return classes.get(FieldClass.of(field));
  }

  public FieldRight of(FieldClass group) {
    return classes.get(group);
  }

  /**
   * True when a write of {@code field} is allowed: the caller may update the user and write the
   * field. (Who may become privileged is decided on the value written, not here.)
   */
  public boolean mayChange(Field<User, ?> field) {
    return update && of(field).write();
  }

  /** These rights for a user not yet created: creating it is how its fields are written. */
  public UserRights forNewUser() {
    return new UserRights(read, create, create, false, classes);
  }

  /**
   * The user with every field the caller may not read cleared: home contact, HR data, credentials,
   * role. (Secrets are never shown anyway; readable credentials show their type and display value.)
   */
  public User redact(User user) {
    PrivateContact home =
        of(FieldClass.PRIVATE).read() ? user.privateContact() : PrivateContact.NONE;
    HrData hr = of(FieldClass.HR).read() ? user.hr() : HrData.NONE;
    Organisation org = user.organisation();
    Access access = user.access();
    if (!of(FieldClass.SECURITY).read()) {
      org =
          new Organisation(
              org.salesOrganization(),
              org.userGroup(),
              org.otherGroups(),
              null,
              org.teamLeader(),
              org.teamLeaderId(),
              org.ticketCategories(),
              org.userType(),
              org.rank(),
              org.tooltip());
      access =
          new Access(
              access.licences(),
              List.of(),
              access.disabled(),
              access.waitingForApproval(),
              access.onTravel(),
              access.ejUserId(),
              access.requestSignature());
    }
    if (home == user.privateContact()
        && hr == user.hr()
        && org == user.organisation()
        && access == user.access()) {
      return user;
    }
    return new User(
        user.id(),
        user.associateId(),
        user.login(),
        user.person(),
        home,
        hr,
        org,
        access,
        user.customFields(),
        user.lifecycle());
  }

  /** The changes with the values of fields the caller may not read left out. */
  public List<FieldChange> redact(List<FieldChange> changes) {
    List<FieldChange> shown = new ArrayList<>(changes.size());
    for (FieldChange change : changes) {
      if (of(fieldOf(change)).read()) {
        shown.add(change);
      } else {
        shown.add(new FieldChange(change.field(), null, null));
      }
    }
    return shown;
  }

  /**
   * The changes the caller may not make, by the name of what changed ({@code bankAccount}, {@code
   * licences.hero-app}), in order, each once.
   */
  public List<String> unwritable(List<FieldChange> changes) {
    Set<String> refused = new LinkedHashSet<>();
    for (FieldChange change : changes) {
      if (!of(fieldOf(change)).write()) {
        refused.add(change.field());
      }
    }
    return List.copyOf(refused);
  }

  /** The field a change is of: {@code customFields.udf1} is of {@code customFields}. */
  static Field<User, ?> fieldOf(FieldChange change) {
    String name = change.field();
    int dot = name.indexOf('.');
    String fieldName = dot < 0 ? name : name.substring(0, dot);
    for (Field<User, ?> field : UserFields.ALL) {
      if (field.name().equals(fieldName)) {
        return field;
      }
    }
    throw new IllegalArgumentException(
        "a change of no user field: " + Objects.requireNonNull(name));
  }
}
