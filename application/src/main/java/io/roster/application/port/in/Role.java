package io.roster.application.port.in;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do, from the role item their {@code role} field names (by its code). A user
 * without a role is {@link #STANDARD}.
 */
public enum Role {
  ADMINISTRATOR("administrator"),
  USER_MANAGER("user-manager"),
  HR("hr"),
  STANDARD("standard"),
  READ_ONLY("read-only");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The code of the role item in the reference data. */
  public String code() {
    return code;
  }

  public static Optional<Role> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.toLowerCase(Locale.ROOT);
    for (Role role : values()) {
      if (role.code.equals(wanted)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
