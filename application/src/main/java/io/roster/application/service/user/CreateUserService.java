package io.roster.application.service.user;

import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.service.Conflicts;
import io.roster.domain.field.Revision;
import io.roster.application.port.in.user.UserView;
import java.time.InstantSource;

public final class CreateUserService implements CreateUserUseCase {
  private final UnitOfWork unitOfWork;
  private final UserWriter writer;
  private final InstantSource clock;

  public CreateUserService(UnitOfWork unitOfWork, UserWriter writer, InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.writer = writer;
    this.clock = clock;
  }

  @Override
  public Revision<UserView> create(CreateUserCommand command) {
    return Conflicts.retrying(
        Precondition.none(),
        () ->
            unitOfWork.inTransaction(
                () ->
                    writer.shown(
                        command.actor(),
                        writer.create(
                            command.actor(), command.requestedId(), command.draft(), clock.instant()))));
  }
}
