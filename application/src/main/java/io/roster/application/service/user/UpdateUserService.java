package io.roster.application.service.user;

import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.service.Conflicts;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Revision;
import io.roster.domain.user.User;
import java.time.InstantSource;

public final class UpdateUserService implements UpdateUserUseCase {
  private final UnitOfWork unitOfWork;
  private final UserWriter writer;
  private final InstantSource clock;

  public UpdateUserService(UnitOfWork unitOfWork, UserWriter writer, InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.writer = writer;
    this.clock = clock;
  }

  @Override
  public Revision<UserView> update(UpdateUserCommand command) {
    UserWriter.refusePartnerApps(command.actor());
    return Conflicts.retrying(
        command.precondition(),
        () ->
            unitOfWork.inTransaction(
                () -> {
                  User stored = writer.load(command.target(), command.precondition());
                  UserView current = writer.view(command.actor(), stored);
                  writer.requireUpdate(command.actor(), current.rights());
                  if (command.claimedId() != null && !command.claimedId().equals(stored.id())) {
                    throw ValidationFailed.of(
                        "id", FieldError.Code.MISMATCH, "does not match the user being updated");
                  }
                  Draft<User> draft = command.change().draftFor(current);
                  return writer.shown(
                      command.actor(),
                      writer.update(command.actor(), stored, draft, clock.instant()));
                }));
  }
}
