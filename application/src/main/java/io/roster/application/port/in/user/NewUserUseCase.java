package io.roster.application.port.in.user;

import io.roster.application.port.in.Principal;
import io.roster.domain.user.UserType;

/** The defaults a new user of a type starts with, for a client to fill in. */
public interface NewUserUseCase {
  /**
   * @throws io.roster.application.port.in.auth.AccessDenied when {@code caller} may not read users
   *     (a partner app, for one)
   */
  NewUser defaults(Principal caller, UserType type);
}
