package io.roster.adapter.rest.http;

import io.roster.application.port.in.Criterion;
import io.roster.domain.field.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The subset of OData's {@code $filter} Roster understands: {@code eq}, {@code ne}, {@code
 * startswith(name,'text')}, {@code contains(name,'text')}, {@code and}, {@code or} and parentheses,
 * on the properties a dialect allows. Anything else is refused with a message saying where. Values
 * become bound parameters further down, never SQL.
 */
public final class ODataFilter {
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final int MAX_LENGTH = 2000;

  private final Map<String, Field<?, ?>> properties;
  private final List<String> tokens;
  private int position;

  private ODataFilter(String text, Map<String, Field<?, ?>> properties) {
    this.properties = properties;
    this.tokens = tokenize(text);
  }

  /**
   * @param properties the filterable properties by their name in the dialect, lower case
   * @throws HttpProblem 400 naming {@code $filter} when the text is not understood
   */
  public static Criterion parse(String text, Map<String, Field<?, ?>> properties) {
    if (text.length() > MAX_LENGTH) {
      throw problem("is longer than " + MAX_LENGTH + " characters");
    }
    ODataFilter parser = new ODataFilter(text, properties);
    Criterion criterion = parser.or();
    if (parser.position < parser.tokens.size()) {
      throw problem("unexpected '" + parser.tokens.get(parser.position) + "'");
    }
    return criterion;
  }

  private Criterion or() {
    Criterion left = and();
    while (accept("or")) {
      left = new Criterion.Or(left, and());
    }
    return left;
  }

  private Criterion and() {
    Criterion left = primary();
    while (accept("and")) {
      left = new Criterion.And(left, primary());
    }
    return left;
  }

  private Criterion primary() {
    if (accept("(")) {
      Criterion inner = or();
      expect(")");
      return inner;
    }
    String word = next("a property or a function");
    String lower = word.toLowerCase(Locale.ROOT);
    if ((lower.equals("startswith") || lower.equals("contains")) && accept("(")) {
      Field<?, ?> field = property(next("a property"));
      expect(",");
      Object value = literal(next("a quoted text"));
      expect(")");
      if (!(value instanceof String text)) {
        throw problem(lower + " needs a quoted text");
      }
      return lower.equals("startswith")
          ? new Criterion.StartsWith(field, text)
          : new Criterion.Contains(field, text);
    }
    Field<?, ?> field = property(word);
    String operator = next("eq or ne").toLowerCase(Locale.ROOT);
    if (!operator.equals("eq") && !operator.equals("ne")) {
      throw problem(
          "'" + operator + "' is not supported; use eq, ne, startswith, contains, and, or");
    }
    Object value = literal(next("a value"));
    checkType(word, field, value);
    return new Criterion.Equals(field, value, operator.equals("ne"));
  }

  private Field<?, ?> property(String name) {
    Field<?, ?> field = properties.get(name.toLowerCase(Locale.ROOT));
    if (field == null) {
      throw problem(
          "cannot filter on '" + name + "'; filterable: " + String.join(", ", properties.keySet()));
    }
    return field;
  }

  private static Object literal(String token) {
    if (token.startsWith("'")) {
      return token.substring(1, token.length() - 1).replace("''", "'");
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return Boolean.valueOf(lower);
    }
    if (lower.equals("null")) {
      return null;
    }
    String guid =
        lower.startsWith("guid'") && lower.endsWith("'")
            ? token.substring(5, token.length() - 1)
            : token;
    if (GUID.matcher(guid).matches()) {
      return UUID.fromString(guid);
    }
    throw problem("'" + token + "' is not a value (quote text: 'text')");
  }

  private static void checkType(String name, Field<?, ?> field, Object value) {
    if (value == null) {
      return;
    }
    boolean fits =
        switch (field.kind()) {
          case FLAG -> value instanceof Boolean;
          case REFERENCE -> value instanceof UUID;
          default -> value instanceof String;
        };
    if (!fits) {
      throw problem("'" + name + "' cannot be compared with " + value);
    }
  }

  private boolean accept(String token) {
    if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw problem(
          "expected '"
              + token
              + "'"
              + (position < tokens.size()
                  ? " before '" + tokens.get(position) + "'"
                  : " at the end"));
    }
  }

  private String next(String what) {
    if (position >= tokens.size()) {
      throw problem("expected " + what + " at the end");
    }
    return tokens.get(position++);
  }

  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '\'') {
        int end = i + 1;
        while (true) {
          if (end >= text.length()) {
            throw problem("a quoted text is not closed");
          }
          if (text.charAt(end) == '\'') {
            if (end + 1 < text.length() && text.charAt(end + 1) == '\'') {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        tokens.add(text.substring(i, end + 1));
        i = end + 1;
      } else {
        int end = i;
        while (end < text.length()
            && "()', ".indexOf(text.charAt(end)) < 0
            && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        if (end < text.length()
            && text.charAt(end) == '\''
            && text.substring(i, end).equalsIgnoreCase("guid")) {
          int close = text.indexOf('\'', end + 1);
          if (close < 0) {
            throw problem("a quoted text is not closed");
          }
          end = close + 1;
        }
        tokens.add(text.substring(i, end));
        i = end;
      }
    }
    if (tokens.isEmpty()) {
      throw problem("is empty");
    }
    return tokens;
  }

  private static HttpProblem problem(String message) {
    return new HttpProblem(400, "$filter", "$filter " + message);
  }
}
