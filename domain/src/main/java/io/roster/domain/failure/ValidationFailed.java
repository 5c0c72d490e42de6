package io.roster.domain.failure;

import java.util.List;

/**
 * The input broke one or more rules; every broken rule of one request is listed, not just the
 * first.
 */
public final class ValidationFailed extends FieldFailure {
  public ValidationFailed(List<FieldError> errors) {
    super(errors);
  }

  public static ValidationFailed of(String field, FieldError.Code code, String message) {
    return of(new FieldError(field, code, message));
  }

  public static ValidationFailed of(FieldError error) {
    return new ValidationFailed(List.of(error));
  }
}
