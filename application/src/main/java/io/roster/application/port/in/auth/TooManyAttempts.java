package io.roster.application.port.in.auth;

import java.time.Duration;

/**
 * Too many failed logins for this user name, or a wrong password from an address with too many
 * failed logins (429); try again after {@code retryAfter}.
 */
public final class TooManyAttempts extends RuntimeException {
  private final Duration retryAfter;

  public TooManyAttempts(Duration retryAfter) {
    super("Too many failed logins. Try again later.", null, false, false);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
