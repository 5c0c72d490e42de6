package io.roster.application.port.in.user;

import io.roster.domain.field.Revision;
import io.roster.domain.user.User;

public interface UpdateUserUseCase {
  /** The user as saved, with the changed fields; nothing changed means nothing was written. */
  Revision<User> update(UpdateUserCommand command);
}
