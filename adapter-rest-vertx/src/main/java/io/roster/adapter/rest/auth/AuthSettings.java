package io.roster.adapter.rest.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How callers authenticate: the instance's domain name (Wello clients send {@code
 * user:password@domain}), the key that signs access tokens (HMAC-SHA256, at least 32 bytes), and
 * how long tokens and idle sessions last.
 */
public record AuthSettings(
    String domain, byte[] tokenKey, Duration tokenLifetime, Duration sessionLifetime) {
  public static final int MIN_KEY_BYTES = 32;
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);
  public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);

  public AuthSettings {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(tokenKey, "tokenKey");
    if (tokenKey.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the token key must be at least " + MIN_KEY_BYTES + " bytes long: " + tokenKey.length);
    }
    tokenKey = tokenKey.clone();
    requirePositive(tokenLifetime, "token lifetime");
    requirePositive(sessionLifetime, "session lifetime");
  }

  private static void requirePositive(Duration duration, String what) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the " + what + " must be positive: " + duration);
    }
  }

  @Override
  public byte[] tokenKey() {
    return tokenKey.clone();
  }

  @Override
  public String toString() {
    return "AuthSettings[domain="
        + domain
        + ", tokenLifetime="
        + tokenLifetime
        + ", sessionLifetime="
        + sessionLifetime
        + "]";
  }
}
