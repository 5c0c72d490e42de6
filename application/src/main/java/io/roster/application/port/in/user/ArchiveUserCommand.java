package io.roster.application.port.in.user;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.domain.user.UserKey;
import java.util.Objects;

public record ArchiveUserCommand(Principal actor, UserKey target, Precondition precondition) {
  public ArchiveUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(precondition, "precondition");
  }
}
