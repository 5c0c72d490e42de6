package io.roster.domain.failure;

import java.util.Objects;

/**
 * One field that broke one rule. {@code field} is the domain's path of the field ({@code lastname},
 * {@code customFields.udf7}, {@code credentials[0].type}); each dialect translates it to its own names.
 */
public record FieldError(String field, Code code, String message) {

  public enum Code {
    REQUIRED,
    TOO_LONG,
    MALFORMED,
    OUT_OF_RANGE,
    UNKNOWN,
    NOT_FOUND,
    MISMATCH,
    NOT_ALLOWED,
    TAKEN
  }

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public FieldError under(String parent) {
    return new FieldError(parent + "." + field, code, message);
  }
}
