package io.roster.application.port.in.auth;

import io.roster.application.port.in.Principal;
import io.roster.domain.user.User;

/** What a caller may do with a user, per operation and per field, for a dialect to publish. */
public interface RightsUseCase {
  UserRights rights(Principal caller, User target);
}
