package io.roster.application.port.in;

import io.roster.domain.field.Field;
import java.util.Objects;

/**
 * A condition on the fields of the listed aggregate, as a list's filter gives it. Text compares
 * ignoring case (as the source systems' databases do); a {@code null} value means "has no value".
 */
public sealed interface Criterion {

  /** True when this condition, or a part of it, is about {@code field}. */
  boolean mentions(Field<?, ?> field);

  record Equals(Field<?, ?> field, Object value, boolean negated) implements Criterion {
    public Equals {
      Objects.requireNonNull(field, "field");
    }

    @Override
    public boolean mentions(Field<?, ?> other) {
      return field.equals(other);
    }
  }

  record StartsWith(Field<?, ?> field, String prefix) implements Criterion {
    public StartsWith {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public boolean mentions(Field<?, ?> other) {
      return field.equals(other);
    }
  }

  record Contains(Field<?, ?> field, String text) implements Criterion {
    public Contains {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public boolean mentions(Field<?, ?> other) {
      return field.equals(other);
    }
  }

  record And(Criterion left, Criterion right) implements Criterion {
    @Override
    public boolean mentions(Field<?, ?> field) {
      return left.mentions(field) || right.mentions(field);
    }
  }

  record Or(Criterion left, Criterion right) implements Criterion {
    @Override
    public boolean mentions(Field<?, ?> field) {
      return left.mentions(field) || right.mentions(field);
    }
  }
}
