package io.roster.application.service.security;

import io.roster.application.port.out.LoginFailures;
import io.roster.application.port.out.LoginFailures.Failure;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Slows down password guessing. Failed logins are counted per key (a user name, a client address)
 * within {@link #WINDOW}; after {@code freeFailures} of them the key is locked for {@link
 * #FIRST_LOCK}, doubling with each further failure up to {@link #LONGEST_LOCK}. A success clears
 * the key. What a lock refuses is the caller's business: {@code AuthenticationService} refuses
 * every attempt for a locked user name, but only the wrong passwords from a locked address.
 *
 * <p>The failures are kept in a {@link LoginFailures} store, which every instance sharing it counts
 * together, by the SHA-256 of their key (a user name someone failed with is not kept in clear).
 * Each failure is kept with the key's count after it: until the key is locked, the failures within
 * {@link #WINDOW}; once it is locked, one more than the latest failure's count, each further
 * failure lengthening the lock until the key's latest failure expires ({@link #WINDOW} and {@link
 * #LONGEST_LOCK} after it). Failures that can no longer count are forgotten, at most once per
 * {@link #PRUNE_EVERY}.
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

  /** The most free failures a key may have. */
  public static final int MOST_FREE_FAILURES = 10_000;

  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  public static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

  /** How long after its latest failure a key's record is forgotten. */
  private static final Duration EXPIRY = WINDOW.plus(LONGEST_LOCK);

  private final LoginFailures store;
  private final InstantSource clock;
  private final int freeFailures;
  private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

  /** A throttle for user names: {@link #FREE_FAILURES} free failures per key. */
  public LoginThrottle(LoginFailures store, InstantSource clock) {
    this(store, clock, FREE_FAILURES);
  }

  /** A throttle locking a key after {@code freeFailures} failures within {@link #WINDOW}. */
  public LoginThrottle(LoginFailures store, InstantSource clock, int freeFailures) {
    if (freeFailures < 1 || freeFailures > MOST_FREE_FAILURES) {
      throw new IllegalArgumentException(
          "free failures must be between 1 and " + MOST_FREE_FAILURES + ": " + freeFailures);
    }
    this.store = store;
    this.clock = clock;
    this.freeFailures = freeFailures;
  }

  /** How long {@code key} must wait before its next attempt; empty when it may try now. */
  public Optional<Duration> waitFor(String key) {
    String stored = Sha256.of(key);
    Optional<Failure> latest = store.latest(stored);
    Instant now = clock.instant();
    if (latest.isEmpty() || expired(latest.get(), now)) {
      return Optional.empty();
    }
    Failure last = latest.get();
    int count = last.count();
    if (count < freeFailures) {
      // Failures recorded at the same time on another instance may each have counted one less.
      count = Math.max(count, store.countAfter(stored, last.at().minus(WINDOW)));
    }
    if (count < freeFailures) {
      return Optional.empty();
    }
    Instant until = last.at().plus(lock(count));
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  public void failed(String key) {
    String stored = Sha256.of(key);
    Instant now = clock.instant();
    Optional<Failure> latest = store.latest(stored).filter(f -> !expired(f, now));
    int count;
    if (latest.isEmpty()) {
      count = 1;
    } else if (latest.get().count() >= freeFailures) {
      count = latest.get().count() + 1;
    } else {
      count = store.countAfter(stored, now.minus(WINDOW)) + 1;
    }
    store.add(stored, new Failure(now, count));
    Instant next = nextPrune.get();
    if (!now.isBefore(next) && nextPrune.compareAndSet(next, now.plus(PRUNE_EVERY))) {
      store.forgetBefore(now.minus(EXPIRY));
    }
  }

  public void succeeded(String key) {
    store.clear(Sha256.of(key));
  }

  private static boolean expired(Failure failure, Instant now) {
    return !now.isBefore(failure.at().plus(EXPIRY));
  }

  private Duration lock(int count) {
    int doublings = Math.min(count - freeFailures, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
  }
}
