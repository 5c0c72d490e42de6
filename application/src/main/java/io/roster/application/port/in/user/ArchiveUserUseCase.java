package io.roster.application.port.in.user;

import io.roster.domain.field.Revision;
import io.roster.domain.user.User;

/** Users are never deleted: they are archived, and can come back. */
public interface ArchiveUserUseCase {
  Revision<User> archive(ArchiveUserCommand command);

  Revision<User> unarchive(ArchiveUserCommand command);
}
