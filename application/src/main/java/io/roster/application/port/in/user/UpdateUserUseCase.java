package io.roster.application.port.in.user;

import io.roster.domain.field.Revision;

public interface UpdateUserUseCase {
  /**
   * The user as saved (as the caller may see them), with the changed fields; nothing changed means
   * nothing was written.
   */
  Revision<UserView> update(UpdateUserCommand command);
}
