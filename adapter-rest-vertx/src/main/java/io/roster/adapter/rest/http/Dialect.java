package io.roster.adapter.rest.http;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dialect as the router needs it for what it refuses before any route runs: the paths the dialect
 * serves and how it writes a failure.
 *
 * @param paths the request paths (raw, as sent) the dialect serves
 * @param failures its failure handler
 */
public record Dialect(Pattern paths, FailureHandler failures) {
  public Dialect {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(failures, "failures");
  }

  /** Whether {@code path} is one of the dialect's. */
  public boolean serves(String path) {
    return path != null && paths.matcher(path).matches();
  }
}
