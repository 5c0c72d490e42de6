package io.roster.application.service.user;

import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.application.port.in.user.ValidateUserUseCase;
import io.roster.application.port.out.UnitOfWork;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldFailure;
import java.util.List;

/**
 * Runs the real create or update inside a transaction of its own and always undoes it, so that a
 * validation can never drift from what a write checks.
 */
public final class ValidateUserService implements ValidateUserUseCase {
  private final UnitOfWork unitOfWork;
  private final CreateUserUseCase create;
  private final UpdateUserUseCase update;

  public ValidateUserService(
      UnitOfWork unitOfWork, CreateUserUseCase create, UpdateUserUseCase update) {
    this.unitOfWork = unitOfWork;
    this.create = create;
    this.update = update;
  }

  @Override
  public List<FieldError> validate(CreateUserCommand command) {
    return undone(() -> create.create(command));
  }

  @Override
  public List<FieldError> validate(UpdateUserCommand command) {
    return undone(() -> update.update(command));
  }

  private List<FieldError> undone(Runnable write) {
    try {
      unitOfWork.inTransaction(
          () -> {
            write.run();
            throw new Undo();
          });
    } catch (Undo valid) {
      return List.of();
    } catch (FieldFailure invalid) {
      return invalid.errors();
    }
    throw new IllegalStateException("a validation was not undone");
  }

  /** Thrown to end the transaction of a validation without keeping anything. */
  private static final class Undo extends RuntimeException {
    Undo() {
      super("validation only", null, false, false);
    }
  }
}
