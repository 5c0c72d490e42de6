package io.roster.application.service.user;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.port.out.UserRepository;
import io.roster.application.service.Conflicts;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Revision;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.time.InstantSource;

public final class CreateUserService implements CreateUserUseCase {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final UserWriter writer;
  private final InstantSource clock;

  public CreateUserService(
      UnitOfWork unitOfWork, UserRepository users, UserWriter writer, InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
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
                            command.actor(),
                            command.requestedId(),
                            draft(command),
                            clock.instant()))));
  }

  /**
   * The command's draft, in the creator's sales organization when it names none and the command
   * asks so.
   */
  private Draft<User> draft(CreateUserCommand command) {
    Draft<User> draft = command.draft();
    if (!command.inCreatorsOrganization() || draft.covers(UserFields.SALES_ORGANIZATION)) {
      return draft;
    }
    SalesOrganizationId organization = NewUserService.creatorsOrganization(users, command.actor());
    return organization == null
        ? draft
        : draft.replacing(UserFields.SALES_ORGANIZATION, organization);
  }
}
