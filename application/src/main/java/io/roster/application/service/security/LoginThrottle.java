package io.roster.application.service.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failed logins are counted per key (a user name, a client address)
 * within {@link #WINDOW}; after {@link #FREE_FAILURES} the key is locked for {@link #FIRST_LOCK},
 * doubling with each further failure up to {@link #LONGEST_LOCK}. A success clears the key.
 */
public final class LoginThrottle {
  public static final int FREE_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  private static final int PRUNE_ABOVE = 100_000;

  private final InstantSource clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(InstantSource clock) {
    this.clock = clock;
  }

  /** How long {@code key} must wait before its next attempt; empty when it may try now. */
  public Optional<Duration> waitFor(String key) {
    Failures f = failures.get(key);
    Instant now = clock.instant();
    if (f == null || f.count < FREE_FAILURES || f.expired(now)) {
      return Optional.empty();
    }
    Instant until = f.last.plus(lock(f.count));
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  public void failed(String key) {
    Instant now = clock.instant();
    failures.compute(key, (k, f) -> f == null || f.expired(now) ? Failures.first(now) : f.and(now));
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(f -> f.expired(now));
    }
  }

  public void succeeded(String key) {
    failures.remove(key);
  }

  private static Duration lock(int count) {
    int doublings = Math.min(count - FREE_FAILURES, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
  }

  /**
   * {@code count} failures, the last at {@code last}. Until the key is locked only the failures
   * within {@link #WINDOW} count ({@code recent} holds their times); once it is locked, each
   * further failure before the record expires lengthens the lock.
   */
  private record Failures(int count, Instant last, List<Instant> recent) {
    static Failures first(Instant now) {
      return new Failures(1, now, List.of(now));
    }

    Failures and(Instant now) {
      if (count >= FREE_FAILURES) {
        return new Failures(count + 1, now, List.of());
      }
      List<Instant> within = new ArrayList<>(FREE_FAILURES);
      for (Instant at : recent) {
        if (now.isBefore(at.plus(WINDOW))) {
          within.add(at);
        }
      }
      within.add(now);
      return new Failures(within.size(), now, List.copyOf(within));
    }

    boolean expired(Instant now) {
      return !now.isBefore(last.plus(WINDOW).plus(LONGEST_LOCK));
    }
  }
}
