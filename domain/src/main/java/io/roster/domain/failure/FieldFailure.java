package io.roster.domain.failure;

import java.util.List;
import java.util.stream.Collectors;

/** A failure that names the fields at fault, every one of them. */
public abstract class FieldFailure extends DomainException {
  private final List<FieldError> errors;

  protected FieldFailure(List<FieldError> errors) {
    super(describe(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a field failure needs at least one field error");
    }
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.field() + ": " + e.message())
        .collect(Collectors.joining("; "));
  }
}
