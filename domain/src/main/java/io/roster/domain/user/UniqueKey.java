package io.roster.domain.user;

import io.roster.domain.field.Field;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that at most one user may hold, in the form it is compared in: {@link #normalize
 * normalized}, so that spellings differing only in case or surrounding whitespace are one key.
 */
public record UniqueKey(Kind kind, String value) {

  /** The unique values of a user. */
  public enum Kind {
    USERNAME(UserFields.USERNAME),
    INITIALS(UserFields.INITIALS),
    NICK_NAME(UserFields.NICK_NAME),
    EXTERNAL_CODE(UserFields.EXTERNAL_CODE);

    private final Field<User, String> source;

    Kind(Field<User, String> source) {
      this.source = source;
    }

    /** The field a clash is reported on. */
    public String field() {
      return source.name();
    }

    /** The field whose value this key is made of. */
    public Field<User, String> source() {
      return source;
    }
  }

  /** The key of {@code value}, normalized here. */
  public UniqueKey {
    Objects.requireNonNull(kind, "kind");
    String key = normalize(Objects.requireNonNull(value, "value"));
    if (key == null) {
      throw new IllegalArgumentException("a blank " + kind.field() + " is no unique key");
    }
    value = key;
  }

  /**
   * The one normalization of every unique key: surrounding whitespace stripped ({@link
   * String#strip}), then case folded ({@link String#toLowerCase(Locale)} in {@link Locale#ROOT}).
   * {@code null} for {@code null} or blank text, which no one holds.
   */
  public static String normalize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /** The key {@code value} makes for {@code kind}; empty when it is absent or blank. */
  public static Optional<UniqueKey> of(Kind kind, String value) {
    return normalize(value) == null ? Optional.empty() : Optional.of(new UniqueKey(kind, value));
  }

  /** The key of a user name, which must not be blank. */
  public static UniqueKey username(String username) {
    return new UniqueKey(Kind.USERNAME, username);
  }
}
