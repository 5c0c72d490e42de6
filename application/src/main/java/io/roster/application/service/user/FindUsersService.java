package io.roster.application.service.user;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.user.User;

public final class FindUsersService implements FindUsersUseCase {
  private final UserRepository users;

  public FindUsersService(UserRepository users) {
    this.users = users;
  }

  @Override
  public Page<User> find(Principal actor, ListQuery query) {
    return users.find(query);
  }
}
