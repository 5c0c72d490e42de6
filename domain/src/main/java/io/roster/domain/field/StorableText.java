package io.roster.domain.field;

import io.roster.domain.failure.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The characters a text value the directory keeps may hold: those XML 1.0 can carry, so that every
 * value kept can be shown in every answer, JSON or XML. Refused are the C0 control characters other
 * than tab, line feed and carriage return (U+0000 to U+0008, U+000B, U+000C, U+000E to U+001F),
 * U+FFFE and U+FFFF, and surrogates that are not half of a pair. Values are checked as a request
 * gives them ({@link Draft.Builder#build}), not as they are stored: a value kept before this rule
 * still reads.
 */
public final class StorableText {
  private StorableText() {}

  /** The index of the first character of {@code text} that may not be kept; -1 when none is. */
  public static int firstRefused(String text) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return i;
        }
      } else if (c == '\uFFFE' || c == '\uFFFF' || Character.isLowSurrogate(c)) {
        return i;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether every character of {@code text} may be kept ({@code null} may). */
  public static boolean storable(String text) {
    return firstRefused(text) < 0;
  }

  /** An error on {@code field} naming the first character of {@code text} that may not be kept. */
  public static Optional<FieldError> check(String field, String text) {
    int at = firstRefused(text);
    if (at < 0) {
      return Optional.empty();
    }
    String character = String.format(Locale.ROOT, "U+%04X", (int) text.charAt(at));
    return Optional.of(
        new FieldError(
            field, FieldError.Code.MALFORMED, "must not contain the character " + character));
  }

  /**
   * An error for each text in a draft's value for {@code field} that may not be kept: the value
   * itself when it is text, each text entry when it is {@link KeyedEntries} (named {@code
   * field.key}, the key in lower case, as keyed values ignore case).
   */
  static List<FieldError> refused(String field, Object value) {
    List<FieldError> errors = new ArrayList<>();
    if (value instanceof String text) {
      check(field, text).ifPresent(errors::add);
    } else if (value instanceof KeyedEntries<?> keyed) {
      for (Map.Entry<String, ?> entry : keyed.entries().entrySet()) {
        if (entry.getValue() instanceof String text) {
          check(field + "." + entry.getKey().toLowerCase(Locale.ROOT), text).ifPresent(errors::add);
        }
      }
    }
    return errors;
  }
}
