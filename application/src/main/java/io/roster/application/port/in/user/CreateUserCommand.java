package io.roster.application.port.in.user;

import io.roster.application.port.in.Principal;
import io.roster.domain.field.Draft;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.util.Objects;

/**
 * Create a user from {@code draft}. {@code requestedId} is the client's own id when it brings one
 * (kept; a second create with it is refused), else {@code null} and Roster makes one. With {@code
 * inCreatorsOrganization}, a draft that names no sales organization puts the new user in the
 * creating user's own (for a dialect that has no way to name one); otherwise the draft must name
 * it.
 */
public record CreateUserCommand(
    Principal actor, UserId requestedId, Draft<User> draft, boolean inCreatorsOrganization) {
  public CreateUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(draft, "draft");
  }

  /** Create from {@code draft}, which names the sales organization. */
  public CreateUserCommand(Principal actor, UserId requestedId, Draft<User> draft) {
    this(actor, requestedId, draft, false);
  }
}
