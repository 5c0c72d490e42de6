package io.roster.domain.user;

import java.util.Objects;
import java.util.UUID;

/** The public, immutable identity of a user. */
public record UserId(UUID value) implements UserKey {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  public static UserId of(UUID value) {
    return new UserId(value);
  }

  public static UserId parse(String text) {
    return new UserId(UUID.fromString(text));
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
