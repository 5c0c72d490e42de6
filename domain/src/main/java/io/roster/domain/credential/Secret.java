package io.roster.domain.credential;

import java.util.Objects;

/**
 * The secret part of a credential as a request gives it: a new plain value (to be hashed before it
 * is stored), a value already hashed, or nothing, which keeps the stored secret of the same type.
 */
public sealed interface Secret {
  /**
   * The most characters a new secret may have: a longer one could never be used (a password to log
   * on with is at most this long), and hashing should cost no more than a password's.
   */
  int MAX_LENGTH = 1024;

  static Secret plain(String value) {
    return new Plain(value);
  }

  static Secret hashed(String hash) {
    return new Hashed(hash);
  }

  static Secret keep() {
    return Keep.INSTANCE;
  }

  /** A new secret in clear text. Its {@code toString} never shows it. */
  final class Plain implements Secret {
    private final String value;

    private Plain(String value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    /** The clear text, for the hasher only. */
    public String reveal() {
      return value;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Plain plain && plain.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return "Plain[***]";
    }
  }

  /** A slow salted hash of a secret, as stored. */
  record Hashed(String hash) implements Secret {
    public Hashed {
      Objects.requireNonNull(hash, "hash");
    }

    @Override
    public String toString() {
      return "Hashed[***]";
    }
  }

  /** No value given: keep what is stored for this credential type. */
  enum Keep implements Secret {
    INSTANCE
  }
}
