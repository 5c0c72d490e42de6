package io.roster.adapter.rest;

import io.roster.adapter.rest.auth.AuthSettings;
import java.util.Objects;

/**
 * How the HTTP server runs: its port (0: any free one), the largest request body it reads, how
 * many use cases may run at once (the size of the connection pool behind them), and how callers
 * authenticate.
 */
public record RestSettings(int port, long bodyLimit, int workers, AuthSettings auth) {
  public static final long DEFAULT_BODY_LIMIT = 1024 * 1024;

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
  }
}
