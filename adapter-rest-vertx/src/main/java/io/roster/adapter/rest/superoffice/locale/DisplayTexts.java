package io.roster.adapter.rest.superoffice.locale;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The SuperOffice dialect's display texts in a request's {@link Language}: rights reasons and the
 * names of the items Roster defines (from the bundles {@code superoffice/texts*.properties}), and
 * reference-list item names. Enumerations ({@code Type}: {@code InternalAssociate}) are values,
 * written as the seed writes them in every language.
 *
 * <p>When the language does not translate ({@code SO-Language: *}), reasons are shown in English
 * and list items by their stored names.
 */
public final class DisplayTexts {
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

  // No fallback to the JVM's default locale: English is the base bundle, whatever the server's
  // locale.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Language language;
  private final ResourceBundle bundle;

  private DisplayTexts(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
  }

  /** The texts in {@code language}. Bundles are cached by the JDK; this is cheap per request. */
  public static DisplayTexts of(Language language) {
    return new DisplayTexts(language);
  }

  public Language language() {
    return language;
  }

  /** A rights reason in the language (English when translation is off). */
  public String reason(Reason reason) {
    return bundle.getString(reason.key());
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

  private String text(String key, String otherwise) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return otherwise;
    }
  }
}
