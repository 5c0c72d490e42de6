package io.roster.adapter.rest.superoffice.support;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The SuperOffice dialect's display texts in a request's {@link Language}: user types, rights
 * reasons (from the bundles {@code superoffice/texts*.properties}) and reference-list item names.
 *
 * <p>When the language does not translate ({@code SO-Language: *}), user types are shown by their
 * key ({@code InternalAssociate}), reasons in English, and list items by their stored names.
 */
public final class Texts {
  /** The bundles' base name, on the class path. */
  public static final String BUNDLE = "superoffice/texts";

  /** The rights reasons a {@code TableRight} or {@code FieldRight} can give. */
  public enum Reason {
    /** "You may not see this field" */
    FIELD_HIDDEN("reason.fieldHidden"),
    /** "You may not change this field" */
    FIELD_READ_ONLY("reason.fieldReadOnly"),
    /** "Only HR users may change this field" */
    HR_ONLY("reason.hrOnly"),
    /** "You may not see this user" */
    READ_USER("reason.readUser"),
    /** "Only administrators and user managers may create users" */
    CREATE_USERS("reason.createUsers"),
    /** "Only administrators and user managers may change other users" */
    CHANGE_USERS("reason.changeUsers"),
    /** "Only administrators and user managers may retire users" */
    RETIRE_USERS("reason.retireUsers"),
    /** "User management is not allowed for partner apps" */
    PARTNER_APP("reason.partnerApp");

    private final String key;

    Reason(String key) {
      this.key = key;
    }

    /** The key in the bundles. */
    public String key() {
      return key;
    }
  }

  /** The user types by their SuperOffice names, in {@code Type} order (1..5). */
  public static final List<String> USER_TYPES =
      List.of(
          "InternalAssociate",
          "ResourceAssociate",
          "ExternalAssociate",
          "AnonymousAssociate",
          "SystemAssociate");

  private static final String USER_TYPE_PREFIX = "userType.";

  // No fallback to the JVM's default locale: English is the base bundle, whatever the server's locale.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Language language;
  private final ResourceBundle bundle;

  private Texts(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
  }

  /** The texts in {@code language}. Bundles are cached by the JDK; this is cheap per request. */
  public static Texts of(Language language) {
    return new Texts(language);
  }

  public Language language() {
    return language;
  }

  /**
   * The display text of a user type ({@code InternalAssociate} -> "Internal associate", nb "Intern
   * medarbeider"); the type itself when translation is off or the type is unknown.
   */
  public String userType(String type) {
    if (type == null || !language.translates()) {
      return type;
    }
    return text(USER_TYPE_PREFIX + type, type);
  }

  /** A rights reason in the language (English when translation is off). */
  public String reason(Reason reason) {
    return bundle.getString(reason.key());
  }

  /**
   * A country's name in the language, by its ISO 3166 alpha-2 code ({@code NO} -> "Norway", nb
   * "Norge"), as the JDK knows it; {@code storedName} when translation is off or the code is not one
   * the JDK knows.
   */
  public String country(String isoCode, String storedName) {
    if (!language.translates() || isoCode == null || isoCode.isBlank()) {
      return storedName;
    }
    String code = isoCode.trim();
    String name = new Locale("", code).getDisplayCountry(language.locale());
    return known(name, code) ? name : storedName;
  }

  /**
   * A language's name in the language, by its ISO 639 code ({@code sv} -> "Swedish", nb "svensk"),
   * as the JDK knows it; {@code storedName} when translation is off or the code is not one the JDK
   * knows. (The JDK writes language names in lower case in Norwegian and Swedish, as those
   * languages do.)
   */
  public String language(String isoCode, String storedName) {
    if (!language.translates() || isoCode == null || isoCode.isBlank()) {
      return storedName;
    }
    String code = isoCode.trim();
    String name = new Locale(code).getDisplayLanguage(language.locale());
    return known(name, code) ? name : storedName;
  }

  /**
   * The name to show for an item of any other reference list (user groups, ticket categories...):
   * its stored name, which is not translated.
   */
  public String listItem(String storedName) {
    return storedName;
  }

  /**
   * The name to show for an item Roster itself defines, a role or a module licence, by its code
   * ({@code role.hr}, {@code licence.sales-app}): translated in Norwegian and Swedish; in English,
   * with translation off, or for a code Roster does not define, the stored name.
   */
  public String systemItem(String kind, String code, String storedName) {
    if (!language.translates() || language.locale().equals(Language.ENGLISH) || code == null) {
      return storedName;
    }
    return text(kind + "." + code, storedName);
  }

  /** What the one licence owner, Roster, is described as. */
  public String licenceOwner() {
    return text("licenceOwner.description", "Module licences of Roster");
  }

  /** The JDK answers a code it does not know with the code itself. */
  private static boolean known(String name, String code) {
    return !name.isEmpty() && !name.equalsIgnoreCase(code);
  }

  private String text(String key, String otherwise) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return otherwise;
    }
  }
}
