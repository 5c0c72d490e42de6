package io.roster.domain.failure;

import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * One field that broke one rule. {@code field} is the domain's path of the field ({@code lastname},
 * {@code customFields.udf7}, {@code credentials[0].type}); each dialect translates it to its own
 * names.
 *
 * <p>{@code message} is in English with its numbers written plainly ({@code must be between 0 and
 * 2147483647}). A rule with bounds ({@link #tooLong}, {@link #tooMany}, {@link #outOfRange}) also
 * keeps them as {@code limits}, so that a dialect can write the message with the numbers in its
 * caller's culture ({@link #message(LongFunction)}). Make such errors with those factories: {@code
 * message(LongFunction)} writes the rule's own sentence whenever there are limits, and equality
 * counts the limits.
 */
public record FieldError(String field, Code code, String message, List<Long> limits) {

  public enum Code {
    REQUIRED,
    TOO_LONG,
    /** A list with more items than it may have. */
    TOO_MANY,
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
    limits = List.copyOf(limits);
    int expected =
        code == Code.TOO_LONG || code == Code.TOO_MANY ? 1 : code == Code.OUT_OF_RANGE ? 2 : 0;
    if (!limits.isEmpty() && limits.size() != expected) {
      throw new IllegalArgumentException(code + " takes " + expected + " limits, not " + limits);
    }
  }

  /** An error whose message names no bounds. */
  public FieldError(String field, Code code, String message) {
    this(field, code, message, List.of());
  }

  /** {@code field} is longer than {@code maxLength} characters. */
  public static FieldError tooLong(String field, long maxLength) {
    return bounded(field, Code.TOO_LONG, List.of(maxLength));
  }

  /** {@code field}, a list, has more than {@code maxItems} items. */
  public static FieldError tooMany(String field, long maxItems) {
    return bounded(field, Code.TOO_MANY, List.of(maxItems));
  }

  /** {@code field} is not between {@code min} and {@code max} (both allowed). */
  public static FieldError outOfRange(String field, long min, long max) {
    return bounded(field, Code.OUT_OF_RANGE, List.of(min, max));
  }

  private static FieldError bounded(String field, Code code, List<Long> limits) {
    return new FieldError(field, code, render(code, limits, String::valueOf), limits);
  }

  /**
   * The message with its limits written by {@code number} ({@code must be at most 1 000 characters
   * long} with a Norwegian number format); the plain message when it has no limits.
   */
  public String message(LongFunction<String> number) {
    Objects.requireNonNull(number, "number");
    return limits.isEmpty() ? message : render(code, limits, number);
  }

  public FieldError under(String parent) {
    return new FieldError(parent + "." + field, code, message, limits);
  }

  private static String render(Code code, List<Long> limits, LongFunction<String> number) {
    switch (code) {
      case TOO_LONG:
        return "must be at most " + number.apply(limits.get(0)) + " characters long";
      case TOO_MANY:
        return "must have at most " + number.apply(limits.get(0)) + " items";
      case OUT_OF_RANGE:
        return "must be between "
            + number.apply(limits.get(0))
            + " and "
            + number.apply(limits.get(1));
      default:
        throw new IllegalArgumentException(code + " has no limits");
    }
  }
}
