package io.roster.application.service.user;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.failure.NotFound;
import io.roster.domain.user.User;
import io.roster.domain.user.UserKey;

public final class GetUserService implements GetUserUseCase {
  private final UserRepository users;

  public GetUserService(UserRepository users) {
    this.users = users;
  }

  @Override
  public User get(Principal actor, UserKey key) {
    return users.find(key).orElseThrow(() -> new NotFound(UserWriter.KIND, key));
  }

  @Override
  public User getByUsername(Principal actor, String username) {
    return users.findByUsername(username).orElseThrow(() -> new NotFound(UserWriter.KIND, username));
  }
}
