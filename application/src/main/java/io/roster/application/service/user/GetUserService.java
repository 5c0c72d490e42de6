package io.roster.application.service.user;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.UserRepository;
import io.roster.application.service.security.AccessPolicy;
import io.roster.domain.failure.NotFound;
import io.roster.domain.user.User;
import io.roster.domain.user.UserKey;

public final class GetUserService implements GetUserUseCase {
  private final UserRepository users;
  private final AccessPolicy policy;
  private final UserViews views;

  public GetUserService(UserRepository users, AccessPolicy policy, UserViews views) {
    this.users = users;
    this.policy = policy;
    this.views = views;
  }

  @Override
  public UserView get(Principal actor, UserKey key) {
    UserWriter.refusePartnerApps(actor);
    return shown(actor, users.find(key).orElseThrow(() -> new NotFound(UserWriter.KIND, key)));
  }

  @Override
  public UserView getByUsername(Principal actor, String username) {
    UserWriter.refusePartnerApps(actor);
    return shown(
        actor,
        users.findByUsername(username).orElseThrow(() -> new NotFound(UserWriter.KIND, username)));
  }

  /**
   * The user as {@code actor} sees them; the rights are decided once, the organization read after
   * the check.
   */
  private UserView shown(Principal actor, User user) {
    UserView view = views.current(actor, user);
    if (!view.rights().read()) {
      throw new AccessDenied(policy.refusal(actor, "You may not read this user."));
    }
    view.references().salesOrganization();
    return view;
  }
}
