package io.roster.application.port.in.user;

import io.roster.application.port.in.Principal;
import io.roster.domain.field.Draft;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.util.Objects;

/**
 * Create a user from {@code draft}. {@code requestedId} is the client's own id when it brings one
 * (kept; a second create with it is refused), else {@code null} and Roster makes one.
 */
public record CreateUserCommand(Principal actor, UserId requestedId, Draft<User> draft) {
  public CreateUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(draft, "draft");
  }
}
