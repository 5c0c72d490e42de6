package io.roster.application.port.in;

import io.roster.domain.user.UserId;
import java.util.Objects;

/**
 * Who is acting, as authenticated: named in the audit log, and what their rights are computed from.
 * {@code userId} is null only for Roster itself. A partner app acts for a user but may not manage
 * users.
 */
public record Principal(String name, UserId userId, Role role, boolean partnerApp) {
  private static final Principal SYSTEM = new Principal("system", null, Role.ADMINISTRATOR, false);

  public Principal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /** Roster itself (start-up, demo data, migrations): every right. */
  public static Principal system() {
    return SYSTEM;
  }

  public static Principal user(String name, UserId userId, Role role) {
    return new Principal(name, Objects.requireNonNull(userId, "userId"), role, false);
  }

  /** The same caller, calling through a partner app. */
  public Principal viaPartnerApp() {
    return new Principal(name, userId, role, true);
  }

  /** True when {@code user} is the caller. */
  public boolean is(UserId user) {
    return userId != null && userId.equals(user);
  }
}
