package io.roster.domain.field;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.ValidationFailed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects the field errors of one piece of input so that all of them are reported together. Value
 * objects use it in their constructors; an update uses {@link #attempt} to gather theirs.
 */
public final class Checks {
  // Deliberately loose: a local part, one @, and a domain of dot-separated labels with a dot.
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

  private final List<FieldError> errors = new ArrayList<>();

  public static Checks start() {
    return new Checks();
  }

  /**
   * Applies the rules {@code field} declares (presence, length, format, range) to {@code value}.
   */
  public <T> Checks check(Field<?, T> field, T value) {
    String name = field.name();
    boolean absent = value == null || (value instanceof String s && s.isBlank());
    if (absent) {
      if (field.isRequired()) {
        errors.add(new FieldError(name, Code.REQUIRED, "is required"));
      }
      return this;
    }
    if (value instanceof String text) {
      checkText(field, text);
    } else if (value instanceof Integer number
        && field.kind() == Field.Kind.INTEGER
        && (number < field.min() || number > field.max())) {
      errors.add(FieldError.outOfRange(name, field.min(), field.max()));
    }
    return this;
  }

  private void checkText(Field<?, ?> field, String text) {
    if (field.maxLength() > 0 && text.length() > field.maxLength()) {
      errors.add(FieldError.tooLong(field.name(), field.maxLength()));
    } else if (field.kind() == Field.Kind.EMAIL && !EMAIL.matcher(text).matches()) {
      errors.add(
          new FieldError(field.name(), Code.MALFORMED, "is not a well-formed e-mail address"));
    }
  }

  public Checks add(FieldError error) {
    errors.add(error);
    return this;
  }

  public Checks addAll(Collection<FieldError> more) {
    errors.addAll(more);
    return this;
  }

  /** Runs {@code work}; when it fails validation, keeps its errors and returns {@code null}. */
  public <T> T attempt(Supplier<T> work) {
    try {
      return work.get();
    } catch (ValidationFailed e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws {@link ValidationFailed} with every error collected, if any. */
  public void orThrow() {
    if (!errors.isEmpty()) {
      throw new ValidationFailed(errors);
    }
  }
}
