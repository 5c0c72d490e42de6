package io.roster.adapter.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong with a JSON body, in the client's terms (no Java type names), for both dialects.
 */
public final class JsonProblems {
  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(
          int.class,
          Integer.class,
          long.class,
          Long.class,
          short.class,
          Short.class,
          byte.class,
          Byte.class,
          BigInteger.class);

  /** A Java type's name as Jackson quotes it: {@code `java.lang.String`}. */
  private static final Pattern JAVA_TYPE = Pattern.compile("`(?:[\\w$]+\\.)+([\\w$]+)`");

  private JsonProblems() {}

  /**
   * The property a JSON error is about ({@code sales_organization.code}, {@code OtherGroups.[0]}),
   * or "".
   */
  public static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return "";
    }
    return mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  /** What is wrong, and where in the text when Jackson knows. */
  public static String describe(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Trailing token")) {
      message = "the body goes on after the end of its JSON value";
    } else if (message.startsWith("No fallback setter/field defined for creator property")) {
      // Jackson, on a property of a record that the record already took from the body: the body
      // gives it twice (perhaps in two cases, as names ignore case).
      message = "is given more than once";
    } else if (message.contains(" in epilog")) {
      // Woodstox, on an element or text after the root element's end
      message = "the body goes on after the end of its root element";
    } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> type = mismatch.getTargetType();
      message =
          type == Boolean.class || type == boolean.class
              ? "must be true or false"
              : type == UUID.class
                  ? "must be a globally unique identifier"
                  : type == String.class
                      ? "must be text"
                      : WHOLE_NUMBERS.contains(type) && fraction(mismatch)
                          ? "must be a whole number"
                          : Number.class.isAssignableFrom(type) || type.isPrimitive()
                              ? "must be a number"
                              : List.class.isAssignableFrom(type)
                                  ? "must be a JSON array"
                                  : "must be a JSON object";
    }
    // The client knows the property, not the Java type behind it: never a package's name.
    message =
        JAVA_TYPE.matcher(message).replaceAll(type -> Matcher.quoteReplacement(type.group(1)));
    int woodstoxLocation = message.indexOf("\n at [row,col");
    if (woodstoxLocation >= 0) {
      // Woodstox's own words for the location given below
      message = message.substring(0, woodstoxLocation);
    }
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      message +=
          " (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")";
    }
    return message;
  }

  /**
   * Whether the value refused is a number written with a fraction or an exponent ({@code 1.5},
   * {@code 1e0}, {@code "1.0"}), rather than no number at all or a whole one out of range.
   */
  private static boolean fraction(MismatchedInputException mismatch) {
    if (!(mismatch instanceof InvalidFormatException invalid)) {
      return false;
    }
    Object value = invalid.getValue();
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return true;
    }
    if (value instanceof String text
        && text.trim().chars().anyMatch(c -> c == '.' || c == 'e' || c == 'E')) {
      try {
        new BigDecimal(text.trim());
        return true;
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
    return false;
  }
}
