package io.roster.domain.failure;

/** The aggregate a request names does not exist. */
public final class NotFound extends DomainException {
  private final String kind;
  private final String key;

  public NotFound(String kind, Object key) {
    super(kind + " " + key + " does not exist");
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
