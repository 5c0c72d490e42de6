package io.roster.domain.failure;

import java.time.Instant;
import java.util.Optional;

/**
 * The caller's copy is stale: somebody else changed the aggregate since it was read. When the
 * stored state was read, {@link #changedAt()} says when it was last changed.
 */
public final class VersionConflict extends DomainException {
  private final String kind;
  private final String key;
  private final Instant changedAt;

  public VersionConflict(String kind, Object key) {
    this(kind, key, null);
  }

  /**
   * @param changedAt when the stored state was last changed, or {@code null} when not known
   */
  public VersionConflict(String kind, Object key, Instant changedAt) {
    super(kind + " " + key + " was changed by someone else");
    this.kind = kind;
    this.key = String.valueOf(key);
    this.changedAt = changedAt;
  }

  public String kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  /** When the stored state was last changed, if that is known. */
  public Optional<Instant> changedAt() {
    return Optional.ofNullable(changedAt);
  }
}
