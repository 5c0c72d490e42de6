package io.roster.domain.credential;

import io.roster.domain.failure.FieldError;
import io.roster.domain.field.Checks;

/**
 * One way a user can authenticate: a type (Password, ...), the hash of its secret (never the
 * secret, never shown) and a value that may be shown. Types ignore case.
 */
public record Credential(String type, String secretHash, String displayValue) {
  public static final int MAX_TYPE_LENGTH = 50;
  public static final int MAX_DISPLAY_VALUE_LENGTH = 255;

  public Credential {
    Checks checks = Checks.start();
    if (type == null || type.isBlank()) {
      checks.add(new FieldError("type", FieldError.Code.REQUIRED, "is required"));
    } else if (type.length() > MAX_TYPE_LENGTH) {
      checks.add(FieldError.tooLong("type", MAX_TYPE_LENGTH));
    }
    if (displayValue != null && displayValue.length() > MAX_DISPLAY_VALUE_LENGTH) {
      checks.add(FieldError.tooLong("displayValue", MAX_DISPLAY_VALUE_LENGTH));
    }
    checks.orThrow();
  }

  public boolean hasSecret() {
    return secretHash != null;
  }

  public boolean isOfType(String other) {
    return type.equalsIgnoreCase(other);
  }

  @Override
  public String toString() {
    return type
        + (hasSecret() ? "(secret)" : "")
        + (displayValue == null ? "" : " " + displayValue);
  }
}
