package io.roster.application.port.in.user;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.domain.field.Draft;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserKey;
import java.util.Objects;

/**
 * Apply {@code draft} to the user {@code target} names. {@code claimedId} is the id the request body
 * carries, if any; it must be the target's.
 */
public record UpdateUserCommand(
    Principal actor,
    UserKey target,
    UserId claimedId,
    Precondition precondition,
    Draft<User> draft) {
  public UpdateUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(precondition, "precondition");
    Objects.requireNonNull(draft, "draft");
  }
}
