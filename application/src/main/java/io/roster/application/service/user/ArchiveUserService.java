package io.roster.application.service.user;

import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.ArchiveUserUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.AuditRecord.Action;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.service.Conflicts;
import io.roster.application.service.security.AccessPolicy;
import io.roster.domain.field.Revision;
import io.roster.domain.user.User;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.BiFunction;

public final class ArchiveUserService implements ArchiveUserUseCase {
  private final UnitOfWork unitOfWork;
  private final UserWriter writer;
  private final InstantSource clock;

  public ArchiveUserService(UnitOfWork unitOfWork, UserWriter writer, InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.writer = writer;
    this.clock = clock;
  }

  @Override
  public Revision<UserView> archive(ArchiveUserCommand command) {
    return change(command, Action.ARCHIVE, User::archive);
  }

  @Override
  public Revision<UserView> unarchive(ArchiveUserCommand command) {
    return change(command, Action.UNARCHIVE, User::unarchive);
  }

  private Revision<UserView> change(
      ArchiveUserCommand command, Action action, BiFunction<User, Instant, Revision<User>> step) {
    UserWriter.refusePartnerApps(command.actor());
    return Conflicts.retrying(
        command.precondition(),
        () ->
            unitOfWork.inTransaction(
                () -> {
                  User stored = writer.load(command.target(), command.precondition());
                  if (!writer.rights(command.actor(), stored).archive()) {
                    throw new AccessDenied(
                        command.actor().partnerApp()
                            ? AccessPolicy.PARTNER_APPS
                            : "You may not archive or unarchive this user.");
                  }
                  Instant now = clock.instant();
                  Revision<User> revision = step.apply(stored, now);
                  writer.save(command.actor(), stored, revision, action, now);
                  return writer.shown(command.actor(), revision);
                }));
  }
}
