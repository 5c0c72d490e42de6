package io.roster.application.port.in.user;

import io.roster.domain.field.Revision;

/** Users are never deleted: they are archived, and can come back. */
public interface ArchiveUserUseCase {
  Revision<UserView> archive(ArchiveUserCommand command);

  Revision<UserView> unarchive(ArchiveUserCommand command);
}
