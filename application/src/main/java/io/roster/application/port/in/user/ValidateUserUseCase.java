package io.roster.application.port.in.user;

import io.roster.domain.failure.FieldError;
import java.util.List;

/**
 * The field errors a create or an update would meet, without saving anything: every check of the
 * real write runs (references, invariants, uniqueness, field rights), then it is undone.
 */
public interface ValidateUserUseCase {
  /**
   * @return the field errors, empty when the user would be created
   */
  List<FieldError> validate(CreateUserCommand command);

  /**
   * @return the field errors, empty when the update would be saved
   */
  List<FieldError> validate(UpdateUserCommand command);
}
