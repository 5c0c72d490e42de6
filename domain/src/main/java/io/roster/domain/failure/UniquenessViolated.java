package io.roster.domain.failure;

import java.util.List;

/**
 * A unique value (user name, initials, nick name, external code, organization code) is held by
 * another.
 */
public final class UniquenessViolated extends FieldFailure {
  public UniquenessViolated(List<FieldError> errors) {
    super(errors);
  }

  public static UniquenessViolated of(String field, String value) {
    return new UniquenessViolated(
        List.of(new FieldError(field, FieldError.Code.TAKEN, "'" + value + "' is already taken")));
  }
}
