package io.roster.domain.user;

/** The positive int32 number a user gets on creation; the superoffice dialect's key. */
public record AssociateId(int value) implements UserKey {
  public AssociateId {
    if (value <= 0) {
      throw new IllegalArgumentException("an associate id is positive: " + value);
    }
  }

  public static AssociateId of(int value) {
    return new AssociateId(value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
