package io.roster.adapter.rest;

import io.roster.adapter.rest.auth.AuthSettings;
import io.roster.adapter.rest.superoffice.SlowCalls;
import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server runs: its port (0: any free one), the largest request body it reads, how many
 * use cases may run at once (the size of the connection pool behind them), how callers
 * authenticate, and from how long a call to the SuperOffice dialect is logged as slow.
 */
public record RestSettings(
    int port, long bodyLimit, int workers, AuthSettings auth, Duration slowCallThreshold) {
  public static final long DEFAULT_BODY_LIMIT = 1024 * 1024;
  public static final Duration DEFAULT_SLOW_CALL_THRESHOLD = SlowCalls.DEFAULT_THRESHOLD;

  public RestSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    if (bodyLimit < 1) {
      throw new IllegalArgumentException("the body limit must be positive: " + bodyLimit);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("at least one worker is needed: " + workers);
    }
    Objects.requireNonNull(auth, "auth");
    if (Objects.requireNonNull(slowCallThreshold, "slowCallThreshold").isNegative()) {
      throw new IllegalArgumentException(
          "the slow-call threshold cannot be negative: " + slowCallThreshold);
    }
  }
}
