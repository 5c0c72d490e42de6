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
 * within {@link #WINDOW}; after {@code freeFailures} of them the key is locked for {@link
 * #FIRST_LOCK}, doubling with each further failure up to {@link #LONGEST_LOCK}. A success clears
 * the key. What a lock refuses is the caller's business: {@code AuthenticationService} refuses
 * every attempt for a locked user name, but only the wrong passwords from a locked address.
 */
public final class LoginThrottle {
  /** Failures a user name may have within {@link #WINDOW} before it is locked. */
  public static final int FREE_FAILURES = 5;

  /**
   * Failures a client address may have within {@link #WINDOW} before its wrong passwords are
   * refused, unless set otherwise: a company behind one address (a proxy, a NAT) mistypes more than
   * one person does.
   */
  public static final int FAILURES_PER_ADDRESS = 100;

  /** The most free failures a key may have: each failure copies the times of the recent ones. */
  public static final int MOST_FREE_FAILURES = 10_000;

  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  private static final int PRUNE_ABOVE = 100_000;

  private final InstantSource clock;
  private final int freeFailures;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  /** A throttle for user names: {@link #FREE_FAILURES} free failures per key. */
  public LoginThrottle(InstantSource clock) {
    this(clock, FREE_FAILURES);
  }

  /** A throttle locking a key after {@code freeFailures} failures within {@link #WINDOW}. */
  public LoginThrottle(InstantSource clock, int freeFailures) {
    if (freeFailures < 1 || freeFailures > MOST_FREE_FAILURES) {
      throw new IllegalArgumentException(
          "free failures must be between 1 and " + MOST_FREE_FAILURES + ": " + freeFailures);
    }
    this.clock = clock;
    this.freeFailures = freeFailures;
  }

  /** How long {@code key} must wait before its next attempt; empty when it may try now. */
  public Optional<Duration> waitFor(String key) {
    Failures f = failures.get(key);
    Instant now = clock.instant();
    if (f == null || f.count < freeFailures || f.expired(now)) {
      return Optional.empty();
    }
    Instant until = f.last.plus(lock(f.count));
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  public void failed(String key) {
    Instant now = clock.instant();
    failures.compute(
        key,
        (k, f) -> f == null || f.expired(now) ? Failures.first(now) : f.and(now, freeFailures));
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(f -> f.expired(now));
    }
  }

  public void succeeded(String key) {
    failures.remove(key);
  }

  private Duration lock(int count) {
    int doublings = Math.min(count - freeFailures, 10);
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

    Failures and(Instant now, int free) {
      if (count >= free) {
        return new Failures(count + 1, now, List.of());
      }
      List<Instant> within = new ArrayList<>(recent.size() + 1);
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
