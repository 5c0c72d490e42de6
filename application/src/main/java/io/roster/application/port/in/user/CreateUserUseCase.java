package io.roster.application.port.in.user;

import io.roster.domain.field.Revision;
import io.roster.domain.user.User;

public interface CreateUserUseCase {
  Revision<User> create(CreateUserCommand command);
}
