package io.roster.application.service;

import io.roster.application.port.in.Precondition;
import io.roster.domain.failure.VersionConflict;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Optimistic concurrency from the caller's side. With a precondition, a concurrent change is the
 * caller's to see (412). Without one, the use case simply runs again on the newer state. A race
 * lost to a concurrent create is run again in either case.
 */
public final class Conflicts {
  private static final int ATTEMPTS = 10;

  private Conflicts() {}

  public static <T> T retrying(Precondition precondition, Supplier<T> attempt) {
    boolean lastWriterWins = precondition instanceof Precondition.None;
    for (int i = 1; ; i++) {
      try {
        return attempt.get();
      } catch (VersionConflict e) {
        if (!lastWriterWins || i == ATTEMPTS) {
          throw e;
        }
      } catch (RaceLost e) {
        if (i == ATTEMPTS) {
          throw e.failure();
        }
      }
      pause(i);
    }
  }

  /** A short, growing, random pause, so that writers colliding once do not collide again. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(attempt, 3L * attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying", e);
    }
  }

  /**
   * @throws VersionConflict when {@code precondition} does not hold for the stored state
   */
  public static void check(
      Precondition precondition, String kind, Object key, long version, Instant at) {
    if (!precondition.holdsFor(version, at)) {
      throw new VersionConflict(kind, key, at);
    }
  }
}
