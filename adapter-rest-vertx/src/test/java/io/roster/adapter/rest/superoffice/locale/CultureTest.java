package io.roster.adapter.rest.superoffice.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers and dates in display strings, as the JDK (CLDR) writes them for the culture. */
class CultureTest {
  private static final String NBSP = "\u00a0";
  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  private static final OffsetDateTime DATE_TIME =
      OffsetDateTime.of(2026, 11, 23, 14, 5, 7, 0, ZoneOffset.ofHours(1));

  private static Culture culture(String soCulture, String acceptLanguage) {
    return Culture.resolve(soCulture, Language.resolve(null, acceptLanguage));
  }

  @Test
  void numbers() {
    assertThat(Culture.of(Locale.forLanguageTag("nb")).formatNumber(1234.5))
        .isEqualTo("1" + NBSP + "234,5");
    assertThat(Culture.of(Locale.forLanguageTag("sv")).formatNumber(1234.5))
        .isEqualTo("1" + NBSP + "234,5");
    assertThat(Culture.of(Locale.ENGLISH).formatNumber(1234.5)).isEqualTo("1,234.5");
    assertThat(Culture.of(Locale.forLanguageTag("nb")).formatNumber(new BigDecimal("-1234567.125")))
        .isEqualTo("−1" + NBSP + "234" + NBSP + "567,125");
    assertThat(Culture.of(Locale.forLanguageTag("sv")).formatNumber(42)).isEqualTo("42");
  }

  @Test
  void dates() {
    assertThat(Culture.of(Locale.forLanguageTag("nb")).formatDate(DATE)).isEqualTo("23.11.2026");
    assertThat(Culture.of(Locale.forLanguageTag("sv")).formatDate(DATE)).isEqualTo("2026-11-23");
    assertThat(Culture.of(Locale.forLanguageTag("en-GB")).formatDate(DATE)).isEqualTo("23/11/2026");
    assertThat(Culture.of(Locale.ENGLISH).formatDate(DATE))
        .as("a four-digit year")
        .isEqualTo("11/23/2026");
  }

  @Test
  void dateTimesInTheirOwnOffset() {
    assertThat(Culture.of(Locale.forLanguageTag("nb")).formatDateTime(DATE_TIME))
        .isEqualTo("23.11.2026, 14:05:07");
    assertThat(Culture.of(Locale.forLanguageTag("sv")).formatDateTime(DATE_TIME))
        .isEqualTo("2026-11-23 14:05:07");
    assertThat(Culture.of(Locale.forLanguageTag("en-GB")).formatDateTime(DATE_TIME))
        .isEqualTo("23/11/2026, 14:05:07");
    assertThat(Culture.of(Locale.ENGLISH).formatDateTime(DATE_TIME))
        .matches("11/23/2026, 2:05:07\\hPM");
  }

  @Test
  void soCultureOverridesTheLanguage() {
    assertThat(culture("sv", "nb").locale()).isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(culture("en-GB", "nb").formatDate(DATE)).isEqualTo("23/11/2026");
    assertThat(culture("nb_NO", "en").formatNumber(1234.5)).isEqualTo("1" + NBSP + "234,5");
  }

  @Test
  void withoutSoCultureTheLanguagesOwn() {
    assertThat(culture(null, "sv").formatDate(DATE)).isEqualTo("2026-11-23");
    assertThat(culture(" ", "no").formatNumber(1234.5)).isEqualTo("1" + NBSP + "234,5");
    assertThat(culture("not a culture", "sv").locale()).isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(culture("zz", "nb").locale()).isEqualTo(Locale.forLanguageTag("nb"));
  }

  @Test
  void ignoredIfNoLanguageSet() {
    assertThat(Culture.resolve("nb", Language.DEFAULT).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Culture.resolve("nb", Language.DEFAULT).formatNumber(1234.5)).isEqualTo("1,234.5");
  }

  @Test
  void invariantWhenTranslationIsOff() {
    Culture culture = Culture.resolve(null, Language.resolve("*", null));

    assertThat(culture.locale()).isEqualTo(Locale.ROOT);
    assertThat(culture.formatDate(DATE)).isEqualTo("2026-11-23");
    assertThat(Culture.resolve("nb", Language.resolve("x", null)).formatDate(DATE))
        .isEqualTo("23.11.2026");
  }
}
