package io.roster.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the user is in their life in the directory. Only {@code archived} is writable; the rest is
 * kept by the system. {@code version} counts saved changes and is the optimistic-locking token.
 */
public record Lifecycle(
    boolean archived,
    Instant createdAt,
    Instant modifiedAt,
    Instant lastLogin,
    Instant lastLogout,
    long version) {
  public Lifecycle {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1: " + version);
    }
  }

  public static Lifecycle born(Instant now, boolean archived) {
    return new Lifecycle(archived, now, now, null, null, 1);
  }

  /** The same lifecycle, archived or not: a candidate state before anything is saved. */
  Lifecycle withArchived(boolean archived) {
    return new Lifecycle(archived, createdAt, modifiedAt, lastLogin, lastLogout, version);
  }

  /** The same lifecycle with a log-on at {@code at}: not a change of the user, same version. */
  Lifecycle loggedIn(Instant at) {
    return new Lifecycle(archived, createdAt, modifiedAt, at, lastLogout, version);
  }

  /** The same lifecycle with a log-off at {@code at}: not a change of the user, same version. */
  Lifecycle loggedOut(Instant at) {
    return new Lifecycle(archived, createdAt, modifiedAt, lastLogin, at, version);
  }

  /** The lifecycle after a saved change at {@code now}. */
  Lifecycle changed(boolean archived, Instant now) {
    return new Lifecycle(archived, createdAt, now, lastLogin, lastLogout, version + 1);
  }
}
