package io.roster.application.port.in.user;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.domain.field.Draft;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserKey;
import java.util.Objects;

/**
 * Change the user {@code target} names. {@code claimedId} is the id the request body carries, if
 * any; it must be the target's. {@code change} says what to change given the user as the caller
 * sees it at that moment, so that a patch, or a body whose meaning depends on the stored values, is
 * applied to the state it is saved over (again, when a concurrent change makes the use case run
 * again).
 */
public record UpdateUserCommand(
    Principal actor, UserKey target, UserId claimedId, Precondition precondition, Change change) {

  /** What to change, given the user as the caller sees them; may fail as a use case does. */
  @FunctionalInterface
  public interface Change {
    Draft<User> draftFor(UserView current);
  }

  public UpdateUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(precondition, "precondition");
    Objects.requireNonNull(change, "change");
  }

  /** Apply {@code draft}, whatever the stored state. */
  public UpdateUserCommand(
      Principal actor,
      UserKey target,
      UserId claimedId,
      Precondition precondition,
      Draft<User> draft) {
    this(actor, target, claimedId, precondition, fixed(draft));
  }

  private static Change fixed(Draft<User> draft) {
    Objects.requireNonNull(draft, "draft");
    return current -> draft;
  }
}
