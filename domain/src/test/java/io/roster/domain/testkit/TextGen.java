package io.roster.domain.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.roster.domain.field.Field;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Text generators that respect a field's bounds, reaching the bound now and then. */
public final class TextGen {
  private TextGen() {}

  private static final Gen<String> WORDS =
      strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);

  /** A value for {@code field}: absent (when optional), short, or exactly at its bound. */
  public static Gen<String> valueFor(Field<?, String> field) {
    Gen<String> present = field.kind() == Field.Kind.EMAIL ? emails() : textUpTo(field.maxLength());
    if (field.isRequired()) {
      return present;
    }
    return Generate.frequency(Pair.of(1, Generate.constant((String) null)), Pair.of(4, present));
  }

  /**
   * Non-blank text of at most {@code max} characters ({@code 0}: unbounded), sometimes exactly max.
   */
  public static Gen<String> textUpTo(int max) {
    int bound = max == 0 ? 300 : max;
    Gen<String> shortText = WORDS.map(w -> w.length() > bound ? w.substring(0, bound) : w);
    Gen<String> atBound = Generate.characters('a', 'z').map(c -> String.valueOf(c).repeat(bound));
    Gen<String> anyLength =
        integers()
            .between(1, bound)
            .zip(Generate.characters('A', 'Z'), (n, c) -> String.valueOf(c).repeat(n));
    return Generate.frequency(Pair.of(6, shortText), Pair.of(1, atBound), Pair.of(2, anyLength));
  }

  /** Well-formed e-mail addresses, short enough (at most 30 characters) for every e-mail field. */
  public static Gen<String> emails() {
    return WORDS.zip(WORDS, (local, domain) -> local + "@" + domain + ".test");
  }

  /**
   * Values a unique field may hold, as a client first writes them: letters of both cases (some
   * beyond ASCII), digits and the punctuation of user names, 1 to {@code maxLength} characters.
   */
  public static Gen<String> uniqueValues(int maxLength) {
    return strings()
        .betweenCodePoints('!', '~')
        .ofLengthBetween(1, maxLength)
        .zip(
            Generate.pick(List.of("", "é", "Øre", "ÅSE", "straße")), (ascii, more) -> ascii + more);
  }

  /** One of a few names, in random case: enough collisions to exercise uniqueness. */
  public static Gen<String> crowded(String prefix, int distinct) {
    return integers()
        .between(0, distinct - 1)
        .zip(Generate.booleans(), (i, upper) -> upper ? (prefix + i).toUpperCase() : prefix + i);
  }
}
