package io.roster.domain.customfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared extra field: its name ({@code x_...}), its type and, for lists, the allowed options.
 * Values are kept as text in one canonical form per type, so equal values compare equal.
 */
public record ExtraFieldDeclaration(String name, ExtraFieldType type, List<String> options) {
  public static final String PREFIX = "x_";

  public ExtraFieldDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    name = name.toLowerCase(Locale.ROOT);
    if (!name.startsWith(PREFIX) || name.length() == PREFIX.length() || name.length() > 64) {
      throw new IllegalArgumentException("an extra field is named x_<name> (at most 64): " + name);
    }
    options = List.copyOf(options);
    if (type == ExtraFieldType.LIST && options.isEmpty()) {
      throw new IllegalArgumentException("a list field needs options: " + name);
    }
  }

  public static ExtraFieldDeclaration of(String name, ExtraFieldType type) {
    return new ExtraFieldDeclaration(name, type, List.of());
  }

  /** The canonical form of {@code value}, or empty when it does not fit this declaration. */
  public Optional<String> canonical(String value) {
    try {
      String trimmed = value.trim();
      return Optional.ofNullable(
          switch (type) {
            case TEXT -> value.length() <= CustomFields.MAX_VALUE_LENGTH ? value : null;
            case INTEGER -> Long.toString(Long.parseLong(trimmed));
            case DECIMAL -> decimal(trimmed);
            case BOOLEAN -> bool(trimmed);
            case DATE -> LocalDate.parse(trimmed).toString();
            case DATE_TIME -> OffsetDateTime.parse(trimmed).toInstant().toString();
            case LIST ->
                options.stream().filter(o -> o.equalsIgnoreCase(trimmed)).findFirst().orElse(null);
          });
    } catch (NumberFormatException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** What a value of this field must look like, for an error message. */
  public String expectation() {
    return switch (type) {
      case TEXT -> "text of at most " + CustomFields.MAX_VALUE_LENGTH + " characters";
      case INTEGER -> "a whole number";
      case DECIMAL -> "a decimal number";
      case BOOLEAN -> "true or false";
      case DATE -> "a date (yyyy-MM-dd)";
      case DATE_TIME -> "a date and time with offset (ISO 8601)";
      case LIST -> "one of " + options;
    };
  }

  /** At most this many digits on either side of the point: a short "1e2000000000" stays short. */
  private static final int MAX_DECIMAL_DIGITS = 1000;

  private static String decimal(String text) {
    if (text.length() > CustomFields.MAX_VALUE_LENGTH) {
      return null;
    }
    BigDecimal value = new BigDecimal(text).stripTrailingZeros();
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_DECIMAL_DIGITS || value.scale() > MAX_DECIMAL_DIGITS) {
      return null;
    }
    return value.toPlainString();
  }

  private static String bool(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
        return "true";
      case "false":
      case "0":
        return "false";
      default:
        return null;
    }
  }
}
