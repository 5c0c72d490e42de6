package io.roster.adapter.rest.superoffice.locale;

import io.vertx.ext.web.RoutingContext;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How numbers and dates are written inside display strings (never in the JSON or XML values
 * themselves, which stay invariant): by {@value #HEADER}, a culture code such as {@code nb}, {@code
 * sv} or {@code en-GB}, else by the request's {@link Language}.
 *
 * <p>As the seed says, {@value #HEADER} "partially overrides SO-Language/Accept-Language" and is
 * "ignored if no Language set": without a language header the culture is English; with one it is
 * {@value #HEADER} when that names a language the JDK knows, else the language's own (and the
 * invariant {@link Locale#ROOT} when translation is off). Formats are the JDK's (CLDR) for the
 * locale: {@code 1234.5} is {@code 1,234.5} in English and {@code 1 234,5} in Norwegian and Swedish
 * (the space a no-break space, U+00A0); dates use the short style with a four-digit year.
 */
public final class Culture {
  public static final String HEADER = "SO-Culture";

  private static final Set<String> ISO_LANGUAGES =
      Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

  private final Locale locale;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;

  private Culture(Locale locale) {
    this.locale = locale;
    this.date = formatter(FormatStyle.SHORT, null, locale);
    this.dateTime = formatter(FormatStyle.SHORT, FormatStyle.MEDIUM, locale);
  }

  /** The culture of {@code ctx}'s request, by its {@value #HEADER} header and {@code language}. */
  public static Culture of(RoutingContext ctx, Language language) {
    return resolve(ctx.request().getHeader(HEADER), language);
  }

  /**
   * The culture for a {@value #HEADER} value (may be {@code null}) and the request's language. An
   * unknown or malformed {@value #HEADER} is ignored, as the header is only a preference.
   */
  public static Culture resolve(String soCulture, Language language) {
    if (!language.isSet()) {
      return new Culture(Language.ENGLISH);
    }
    Locale given =
        soCulture == null ? null : Locale.forLanguageTag(soCulture.trim().replace('_', '-'));
    if (given != null && ISO_LANGUAGES.contains(given.getLanguage())) {
      return new Culture(given);
    }
    return new Culture(language.translates() ? language.locale() : Locale.ROOT);
  }

  /** A culture by its locale, for tests and defaults. */
  public static Culture of(Locale locale) {
    return new Culture(locale);
  }

  public Locale locale() {
    return locale;
  }

  /** {@code number} with the culture's grouping and decimal separators, at most three decimals. */
  public String formatNumber(Number number) {
    return NumberFormat.getNumberInstance(locale)
        .format(number); // a NumberFormat is not thread-safe
  }

  /**
   * {@code date} in the culture's short style, four-digit year: nb {@code 23.11.2026}, sv {@code
   * 2026-11-23}.
   */
  public String formatDate(LocalDate date) {
    return this.date.format(date);
  }

  /**
   * {@code dateTime}'s local date and time (in its own offset; convert it first with {@link
   * TimeZones#toZone}): the culture's short date and its time with seconds, nb {@code 23.11.2026,
   * 14:05:07}, en {@code 11/23/2026, 2:05:07 PM}.
   */
  public String formatDateTime(OffsetDateTime dateTime) {
    return this.dateTime.format(dateTime);
  }

  /**
   * The locale's short pattern with the year written in full (CLDR's English short date has "yy").
   */
  private static DateTimeFormatter formatter(
      FormatStyle dateStyle, FormatStyle timeStyle, Locale locale) {
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            dateStyle, timeStyle, IsoChronology.INSTANCE, locale);
    return DateTimeFormatter.ofPattern(pattern.replaceAll("(?<!y)yy(?!y)", "yyyy"), locale);
  }

  @Override
  public String toString() {
    return locale.toLanguageTag();
  }
}
