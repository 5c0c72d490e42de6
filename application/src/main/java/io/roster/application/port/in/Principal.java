package io.roster.application.port.in;

import io.roster.domain.user.UserId;
import java.util.Objects;

/** Who is acting: named in the audit log now, checked for rights later. */
public record Principal(String name, UserId userId) {
  private static final Principal SYSTEM = new Principal("system", null);

  public Principal {
    Objects.requireNonNull(name, "name");
  }

  /** Roster itself (start-up, demo data, migrations). */
  public static Principal system() {
    return SYSTEM;
  }

  public static Principal user(String name, UserId userId) {
    return new Principal(name, Objects.requireNonNull(userId, "userId"));
  }
}
