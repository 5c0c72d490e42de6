package io.roster.application.port.in;

import io.roster.domain.failure.VersionConflict;
import java.time.Instant;
import java.util.Objects;

/**
 * What the caller believes about the stored state (HTTP If-Match / If-Unmodified-Since). When it no
 * longer holds the change is refused with {@link VersionConflict} and nothing changes. Without one,
 * a change made meanwhile by someone else is simply built upon.
 */
public sealed interface Precondition {

  static Precondition none() {
    return None.INSTANCE;
  }

  static Precondition version(long version) {
    return new Version(version);
  }

  static Precondition unmodifiedSince(Instant instant) {
    return new UnmodifiedSince(instant);
  }

  /** True when the state with {@code version} last modified at {@code modifiedAt} satisfies it. */
  boolean holdsFor(long version, Instant modifiedAt);

  enum None implements Precondition {
    INSTANCE;

    @Override
    public boolean holdsFor(long version, Instant modifiedAt) {
      return true;
    }
  }

  record Version(long expected) implements Precondition {
    @Override
    public boolean holdsFor(long version, Instant modifiedAt) {
      return version == expected;
    }
  }

  /** HTTP dates have whole seconds, so a change within the same second still counts as later. */
  record UnmodifiedSince(Instant instant) implements Precondition {
    public UnmodifiedSince {
      Objects.requireNonNull(instant, "instant");
    }

    @Override
    public boolean holdsFor(long version, Instant modifiedAt) {
      return !modifiedAt.isAfter(instant);
    }
  }
}
