package io.roster.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed log-ons, by key (a user name, a client address, as the throttle names them), shared by
 * every instance that uses the same store. Each failure is kept with the count of failures its key
 * had with it, so that the latest one tells how far a lock has gone.
 */
public interface LoginFailures {
  /** A failed log-on at {@code at}, the key's {@code count}th as the throttle counts them. */
  record Failure(Instant at, int count) {
    public Failure {
      Objects.requireNonNull(at, "at");
      if (count < 1) {
        throw new IllegalArgumentException("a failure counts at least 1: " + count);
      }
    }
  }

  void add(String key, Failure failure);

  /** The key's latest failure: the one with the latest time, of those the highest count. */
  Optional<Failure> latest(String key);

  /** How many failures of the key are kept after {@code after} (not at it). */
  int countAfter(String key, Instant after);

  /** Forgets every failure of the key (a log-on that succeeded). */
  void clear(String key);

  /** Forgets every failure, of any key, from before {@code before}. */
  void forgetBefore(Instant before);
}
