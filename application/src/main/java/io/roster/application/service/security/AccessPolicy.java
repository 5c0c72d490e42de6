package io.roster.application.service.security;

import static io.roster.application.port.in.auth.FieldClass.ACCESS;
import static io.roster.application.port.in.auth.FieldClass.CONTACT;
import static io.roster.application.port.in.auth.FieldClass.HR;
import static io.roster.application.port.in.auth.FieldClass.PRIVATE;
import static io.roster.application.port.in.auth.FieldClass.PUBLIC;
import static io.roster.application.port.in.auth.FieldClass.SECURITY;
import static io.roster.application.port.in.auth.FieldRight.NONE;
import static io.roster.application.port.in.auth.FieldRight.READ;
import static io.roster.application.port.in.auth.FieldRight.READ_WRITE;
import static io.roster.application.port.in.auth.FieldRight.WRITE_ONLY;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.FieldClass;
import io.roster.application.port.in.auth.FieldRight;
import io.roster.application.port.in.auth.RightsUseCase;
import io.roster.application.port.in.auth.UserRights;
import io.roster.application.port.out.ReferenceData;
import io.roster.domain.field.Field;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.user.User;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who may do what with whom. The matrix, for a caller of each role and a target user:
 *
 * <pre>
 * role           operations                        PUBLIC CONTACT ACCESS PRIVATE   HR        SECURITY
 * Administrator  read create update archive        rw     rw      rw     rw        rw        rw
 * UserManager    read create update archive(*)     rw     rw      rw(*)  -         -         write only(*)
 * HR             read update                       rw     rw      r      rw        rw        -
 * Standard       read; update own                  r      own rw  r      own rw    own r     -
 * ReadOnly       read                              r      r       r      -         -         -
 * </pre>
 *
 * (*) not when the target is privileged (an administrator or HR): then a user manager may neither
 * archive them nor change their access or security fields, and so can neither make anyone
 * privileged nor take over a privileged account by setting its password. A caller through a partner
 * app may do nothing with users. A standard user changes their own password with the current one
 * ({@code ChangePasswordUseCase}).
 */
public final class AccessPolicy implements RightsUseCase {
  private final ReferenceData referenceData;

  public AccessPolicy(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  /** The role {@code user}'s role field names; {@link Role#STANDARD} when none or unknown. */
  public Role roleOf(User user) {
    return roleOf(user.organisation().role());
  }

  public Role roleOf(UUID roleId) {
    if (roleId == null) {
      return Role.STANDARD;
    }
    return referenceData
        .find(ReferenceKind.ROLE, Reference.byId(roleId))
        .flatMap(item -> Role.ofCode(item.code()))
        .orElse(Role.STANDARD);
  }

  public static final String PARTNER_APPS = "User management is not allowed for partner apps.";

  /** True when {@code caller} may create users at all. */
  public boolean mayCreate(Principal caller) {
    return !caller.partnerApp()
        && (caller.role() == Role.ADMINISTRATOR || caller.role() == Role.USER_MANAGER);
  }

  /** True when {@code caller} may create and change sales organizations. */
  public boolean mayManageOrganizations(Principal caller) {
    return mayCreate(caller);
  }

  /** The reason to give {@code caller} for a refusal: partner apps get their own. */
  public String refusal(Principal caller, String otherwise) {
    return caller.partnerApp() ? PARTNER_APPS : otherwise;
  }

  /**
   * What {@code caller} may do with {@code target} (an existing user, or one about to be created).
   */
  @Override
  public UserRights rights(Principal caller, User target) {
    Role role = roleOf(target);
    return rights(caller, caller.is(target.id()), role == Role.ADMINISTRATOR || role == Role.HR);
  }

  /** What {@code caller} may do with a user they are about to create (who has no role yet). */
  public UserRights rightsForNewUser(Principal caller) {
    return rights(caller, false, false).forNewUser();
  }

  /**
   * True when {@code caller} may read {@code field} of every other user, privileged ones included:
   * only then may they filter a list on it, which would otherwise tell them its values.
   */
  public boolean mayFilterOn(Principal caller, Field<User, ?> field) {
    return rights(caller, false, false).of(field).read()
        && rights(caller, false, true).of(field).read();
  }

  private UserRights rights(Principal caller, boolean self, boolean targetIsPrivileged) {
    if (caller.partnerApp()) {
      return UserRights.NONE;
    }
    Map<FieldClass, FieldRight> fields = new EnumMap<>(FieldClass.class);
    switch (caller.role()) {
      case ADMINISTRATOR -> {
        for (FieldClass group : FieldClass.values()) {
          fields.put(group, READ_WRITE);
        }
        return new UserRights(true, true, true, true, fields);
      }
      case USER_MANAGER -> {
        fields.put(PUBLIC, READ_WRITE);
        fields.put(CONTACT, READ_WRITE);
        fields.put(ACCESS, targetIsPrivileged ? READ : READ_WRITE);
        fields.put(SECURITY, targetIsPrivileged ? NONE : WRITE_ONLY);
        return new UserRights(true, true, true, !targetIsPrivileged, fields);
      }
      case HR -> {
        fields.put(PUBLIC, READ_WRITE);
        fields.put(CONTACT, READ_WRITE);
        fields.put(ACCESS, READ);
        fields.put(PRIVATE, READ_WRITE);
        fields.put(HR, READ_WRITE);
        return new UserRights(true, false, true, false, fields);
      }
      case STANDARD -> {
        fields.put(PUBLIC, READ);
        fields.put(CONTACT, self ? READ_WRITE : READ);
        fields.put(ACCESS, READ);
        fields.put(PRIVATE, self ? READ_WRITE : NONE);
        fields.put(HR, self ? READ : NONE);
        return new UserRights(true, false, self, false, fields);
      }
      case READ_ONLY -> {
        fields.put(PUBLIC, READ);
        fields.put(CONTACT, READ);
        fields.put(ACCESS, READ);
        return new UserRights(true, false, false, false, fields);
      }
    }
    throw new IllegalStateException("no rights for role " + caller.role());
  }
}
