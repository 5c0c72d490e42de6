package io.roster.domain.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * One way a client may write a value: some letters in the other case, whitespace around it. Every
 * spelling of a value is the same unique key.
 */
public record Spelling(List<Boolean> flipped, String before, String after) {

  /** Whitespace {@link String#strip} removes: spaces, tabs, an em space, an ideographic space. */
  private static final List<String> PADDING =
      List.of("", "", " ", "  ", "\t", " \t ", "\u2003", "\u3000");

  /** Spellings of values up to {@code maxLength} characters long. */
  public static Gen<Spelling> spellings(int maxLength) {
    Gen<String> padding = Generate.pick(PADDING);
    return lists().of(Generate.booleans()).ofSize(maxLength).zip(padding, padding, Spelling::new);
  }

  /** {@code value} written this way. */
  public String of(String value) {
    StringBuilder text = new StringBuilder(before);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean flip = i < flipped.size() && flipped.get(i);
      text.append(
          !flip
              ? c
              : Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return text.append(after).toString();
  }

  @Override
  public String toString() {
    String sample = "abcdefghijkl".substring(0, Math.min(12, flipped.size()));
    return "Spelling[" + of(sample).replace("\t", "\\t") + "]";
  }
}
