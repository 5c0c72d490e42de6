package io.roster.adapter.rest.superoffice.locale;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The language a SuperOffice request wants its texts in: English, Norwegian ({@code nb}, also
 * {@code no}) or Swedish ({@code sv}), or none at all (translation off).
 *
 * <p>{@value #SO_LANGUAGE} overrides {@value #ACCEPT_LANGUAGE}. Each may be one code ({@code sv},
 * {@code nb-NO}) or a list with quality values ({@code da, sv;q=0.8, en;q=0.5}); the first
 * supported language by quality wins, an unsupported or malformed one gives English. {@code *} or
 * {@code x} in {@value #SO_LANGUAGE} turns translation off: stored names and English keys are shown
 * as they are (see {@link DisplayTexts}). A {@code *} in {@value #ACCEPT_LANGUAGE} is no preference
 * and is skipped.
 *
 * <p>Whether a language was asked for at all ({@link #isSet()}) matters for {@link Culture}, which
 * the seed says is "ignored if no Language set".
 */
public final class Language {
  public static final String SO_LANGUAGE = "SO-Language";
  public static final String ACCEPT_LANGUAGE = "Accept-Language";

  /** English, the default. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Norwegian bokmål ({@code nb}; {@code no} means it too). */
  public static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

  /** Swedish ({@code sv}). */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /** The languages texts are translated into, the default first. */
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, NORWEGIAN, SWEDISH);

  /** No language asked for: English. */
  public static final Language DEFAULT = new Language(ENGLISH, true, false);

  private final Locale locale;
  private final boolean translates;
  private final boolean set;

  private Language(Locale locale, boolean translates, boolean set) {
    this.locale = locale;
    this.translates = translates;
    this.set = set;
  }

  /**
   * The language {@code ctx}'s request asks for, by its {@value #SO_LANGUAGE} and {@value
   * #ACCEPT_LANGUAGE} headers.
   */
  public static Language of(RoutingContext ctx) {
    return resolve(ctx.request().getHeader(SO_LANGUAGE), ctx.request().getHeader(ACCEPT_LANGUAGE));
  }

  /**
   * The language asked for by these header values (either may be {@code null}).
   *
   * @param soLanguage the {@value #SO_LANGUAGE} header, which wins when present
   * @param acceptLanguage the {@value #ACCEPT_LANGUAGE} header
   */
  public static Language resolve(String soLanguage, String acceptLanguage) {
    if (soLanguage != null && !soLanguage.isBlank()) {
      String value = soLanguage.trim();
      if (value.equals("*") || value.equalsIgnoreCase("x")) {
        return new Language(ENGLISH, false, true);
      }
      return new Language(firstSupported(value), true, true);
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      return new Language(firstSupported(acceptLanguage), true, true);
    }
    return DEFAULT;
  }

  /** The first supported language of a header's ranges by quality; English when there is none. */
  private static Locale firstSupported(String header) {
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      return ENGLISH;
    }
    // parse() orders the ranges by quality, keeping the header's order among equals.
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() > 0 && !range.getRange().startsWith("*")) {
        Locale supported = supported(range.getRange().split("-", 2)[0]);
        if (supported != null) {
          return supported;
        }
      }
    }
    return ENGLISH;
  }

  private static Locale supported(String language) {
    switch (language.toLowerCase(Locale.ROOT)) {
      case "en":
        return ENGLISH;
      case "nb":
      case "no":
        return NORWEGIAN;
      case "sv":
        return SWEDISH;
      default:
        return null;
    }
  }

  /**
   * The language texts are in: {@link #ENGLISH}, {@link #NORWEGIAN} or {@link #SWEDISH} (English
   * when off).
   */
  public Locale locale() {
    return locale;
  }

  /** {@code en}, {@code nb} or {@code sv}; {@code *} when translation is off. */
  public String code() {
    return translates ? locale.getLanguage() : "*";
  }

  /**
   * False when {@value #SO_LANGUAGE} is {@code *} or {@code x}: names and keys are shown as stored.
   */
  public boolean translates() {
    return translates;
  }

  /**
   * Whether the request named a language at all (in either header, supported or not, or {@code *}).
   */
  public boolean isSet() {
    return set;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Language that
        && locale.equals(that.locale)
        && translates == that.translates
        && set == that.set;
  }

  @Override
  public int hashCode() {
    return Objects.hash(locale, translates, set);
  }

  @Override
  public String toString() {
    return code() + (set ? "" : " (default)");
  }
}
