package io.roster.domain.user;

import java.util.Locale;
import java.util.Objects;

/** A value that at most one user may hold, in the form it is compared in. */
public record UniqueKey(Kind kind, String value) {

  public enum Kind {
    USERNAME(UserFields.USERNAME.name()),
    INITIALS(UserFields.INITIALS.name()),
    NICK_NAME(UserFields.NICK_NAME.name()),
    EXTERNAL_CODE(UserFields.EXTERNAL_CODE.name());

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The field a clash is reported on. */
    public String field() {
      return field;
    }
  }

  public UniqueKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /** User names are unique ignoring case. */
  public static UniqueKey username(String username) {
    return new UniqueKey(Kind.USERNAME, username.toLowerCase(Locale.ROOT));
  }
}
