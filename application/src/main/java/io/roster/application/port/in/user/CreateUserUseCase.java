package io.roster.application.port.in.user;

import io.roster.domain.field.Revision;

public interface CreateUserUseCase {
  Revision<UserView> create(CreateUserCommand command);
}
