package io.roster.adapter.rest.superoffice.locale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which language a request gets: SO-Language over Accept-Language, by quality, English otherwise.
 */
class LanguageTest {
  @ParameterizedTest(name = "SO-Language [{0}], Accept-Language [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "null      | null                          | en",
        "null      | sv                            | sv",
        "null      | nb                            | nb",
        "null      | no                            | nb",
        "null      | nb-NO                         | nb",
        "null      | sv-FI                         | sv",
        "null      | en-GB                         | en",
        "null      | de                            | en",
        "null      | de, sv;q=0.8, nb;q=0.5        | sv",
        "null      | sv;q=0.5, nb;q=0.9, en;q=0.1  | nb",
        "null      | en;q=0.2, de, sv;q=0.3        | sv",
        "null      | sv;q=0, nb;q=0.1              | nb",
        "null      | sv;q=0                        | en",
        "null      | *, sv;q=0.5                   | sv",
        "null      | NB                            | nb",
        "null      | ;;;q=nonsense                 | en",
        "sv        | nb                            | sv",
        "nb        | sv;q=1                        | nb",
        "no        | null                          | nb",
        "de        | sv                            | en",
        "'  '      | sv                            | sv",
        "'en, sv'  | sv                            | en",
      })
  void negotiates(String soLanguage, String acceptLanguage, String code) {
    Language language = Language.resolve(soLanguage, acceptLanguage);

    assertThat(language.code()).isEqualTo(code);
    assertThat(language.translates()).isTrue();
    assertThat(language.locale().getLanguage()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"*", "x", "X", "' * '"})
  void starOrXInSoLanguageTurnsTranslationOff(String off) {
    Language language = Language.resolve(off, "sv");

    assertThat(language.translates()).isFalse();
    assertThat(language.code()).isEqualTo("*");
    assertThat(language.isSet()).isTrue();
  }

  @Test
  void aStarInAcceptLanguageIsNoPreference() {
    Language language = Language.resolve(null, "*");

    assertThat(language.translates()).isTrue();
    assertThat(language.code()).isEqualTo("en");
  }

  @Test
  void knowsWhetherALanguageWasAskedFor() {
    assertThat(Language.resolve(null, null)).isEqualTo(Language.DEFAULT);
    assertThat(Language.resolve(null, " ").isSet()).isFalse();
    assertThat(Language.resolve(null, "en").isSet()).isTrue();
    assertThat(Language.resolve("de", null).isSet()).isTrue();
    assertThat(Language.resolve(null, "en")).isNotEqualTo(Language.DEFAULT);
  }
}
