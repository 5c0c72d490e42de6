package io.roster.domain.failure;

/** The caller's copy is stale: somebody else changed the aggregate since it was read. */
public final class VersionConflict extends DomainException {
  private final String kind;
  private final String key;

  public VersionConflict(String kind, Object key) {
    super(kind + " " + key + " was changed by someone else");
    this.kind = kind;
    this.key = String.valueOf(key);
  }

  public String kind() {
    return kind;
  }

  public String key() {
    return key;
  }
}
