package io.roster.application.port.out;

import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.util.Objects;
import java.util.UUID;

/**
 * What authenticating a caller again needs of their user, and no more: who they are, their role,
 * and whether they may log on (the flags of {@link User#canLogOn()}).
 */
public record Account(
    UserId id,
    String username,
    UUID role,
    boolean archived,
    boolean disabled,
    boolean waitingForApproval) {
  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
  }

  public static Account of(User user) {
    return new Account(
        user.id(),
        user.login().username(),
        user.organisation().role(),
        user.isArchived(),
        user.access().disabled(),
        user.access().waitingForApproval());
  }

  public boolean canLogOn() {
    return User.canLogOn(archived, disabled, waitingForApproval);
  }
}
