package io.roster.application.service;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A draft whose references have been resolved, and the errors resolution found. A reference that
 * failed keeps its field's stored value, so the domain can still check everything else and all
 * errors of one request are reported together.
 */
public record Resolved<A>(Draft<A> draft, List<FieldError> errors) {
  public Resolved {
    errors = List.copyOf(errors);
  }

  public Resolved<A> withErrors(List<FieldError> more) {
    List<FieldError> all = new ArrayList<>(errors);
    all.addAll(more);
    return new Resolved<>(draft, all);
  }

  /**
   * Applies the draft with {@code step}, a pure domain call. When resolution failed, the step runs
   * only to collect its own errors (values other users hold too), and one {@link ValidationFailed}
   * lists them all.
   */
  public <R> R apply(Function<Draft<A>, R> step) {
    if (errors.isEmpty()) {
      return step.apply(draft);
    }
    List<FieldError> all = new ArrayList<>(errors);
    try {
      step.apply(draft);
    } catch (FieldFailure e) {
      e.errors().stream().filter(error -> !isAbout(error.field())).forEach(all::add);
    }
    throw new ValidationFailed(all);
  }

  private boolean isAbout(String field) {
    return errors.stream()
        .map(FieldError::field)
        .anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
  }
}
