package io.roster.application.service.user;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.UserRights;
import io.roster.application.port.in.user.NewUser;
import io.roster.application.port.in.user.NewUserUseCase;
import io.roster.application.port.out.UserRepository;
import io.roster.application.service.security.AccessPolicy;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.UserType;
import java.util.Objects;

public final class NewUserService implements NewUserUseCase {
  private final UserRepository users;
  private final AccessPolicy policy;
  private final UserViews views;

  public NewUserService(UserRepository users, AccessPolicy policy, UserViews views) {
    this.users = users;
    this.policy = policy;
    this.views = views;
  }

  @Override
  public NewUser defaults(Principal caller, UserType type) {
    Objects.requireNonNull(type, "type");
    UserWriter.refusePartnerApps(caller);
    UserRights rights = policy.rightsForNewUser(caller);
    if (!rights.read()) {
      throw new AccessDenied("You may not read users.");
    }
    NewUser shown =
        new NewUser(type, rights, views.forNewUser(creatorsOrganization(users, caller)));
    shown.references().salesOrganization();
    return shown;
  }

  /**
   * The sales organization of the user {@code caller} is; {@code null} when the caller is not a
   * user.
   */
  static SalesOrganizationId creatorsOrganization(UserRepository users, Principal caller) {
    if (caller.userId() == null) {
      return null;
    }
    return users.find(caller.userId()).map(u -> u.organisation().salesOrganization()).orElse(null);
  }
}
