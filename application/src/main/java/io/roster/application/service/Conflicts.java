package io.roster.application.service;

import io.roster.application.port.in.Precondition;
import io.roster.domain.failure.VersionConflict;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Optimistic concurrency from the caller's side. With a precondition, a concurrent change is the
 * caller's to see (412). Without one, the change is simply applied again to the newer state.
 */
public final class Conflicts {
  private static final int ATTEMPTS = 3;

  private Conflicts() {}

  public static <T> T retrying(Precondition precondition, Supplier<T> attempt) {
    if (!(precondition instanceof Precondition.None)) {
      return attempt.get();
    }
    for (int i = 1; ; i++) {
      try {
        return attempt.get();
      } catch (VersionConflict e) {
        if (i == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** @throws VersionConflict when {@code precondition} does not hold for the stored state */
  public static void check(
      Precondition precondition, String kind, Object key, long version, Instant at) {
    if (!precondition.holdsFor(version, at)) {
      throw new VersionConflict(kind, key);
    }
  }
}
