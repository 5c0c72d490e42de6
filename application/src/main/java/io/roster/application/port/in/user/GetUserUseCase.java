package io.roster.application.port.in.user;

import io.roster.application.port.in.Principal;
import io.roster.domain.user.UserKey;

public interface GetUserUseCase {
  /** The user, archived or not. @throws io.roster.domain.failure.NotFound when none has the key */
  UserView get(Principal actor, UserKey key);

  /** The user with this user name, ignoring case. */
  UserView getByUsername(Principal actor, String username);
}
