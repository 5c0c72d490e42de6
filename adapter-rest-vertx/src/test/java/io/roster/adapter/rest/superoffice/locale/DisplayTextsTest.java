package io.roster.adapter.rest.superoffice.locale;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.superoffice.locale.DisplayTexts.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Display texts in English, Norwegian and Swedish, and reference-list names through the JDK. */
class DisplayTextsTest {
  /** Names that are the same word in English, Norwegian and Swedish (or one of them). */
  private static final Set<String> SAME_WORD =
      Set.of("role.administrator", "role.hr", "role.standard");

  private static final DisplayTexts ENGLISH = DisplayTexts.of(Language.resolve(null, "en"));
  private static final DisplayTexts NORWEGIAN = DisplayTexts.of(Language.resolve(null, "no"));
  private static final DisplayTexts SWEDISH = DisplayTexts.of(Language.resolve("sv", null));
  private static final DisplayTexts OFF = DisplayTexts.of(Language.resolve("*", "sv"));

  private final Locale defaultLocale = Locale.getDefault();

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(defaultLocale);
  }

  /** One bundle file as written, without the parent bundle's keys a ResourceBundle would add. */
  private static Properties file(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
            DisplayTextsTest.class.getResourceAsStream(
                "/" + DisplayTexts.BUNDLE + suffix + ".properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"_nb", "_sv"})
  void everyEnglishKeyIsTranslated(String suffix) throws IOException {
    Properties english = file("");
    Properties translated = file(suffix);

    assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(translated.getProperty(key)).as(key).isNotBlank();
      if (!SAME_WORD.contains(key)) {
        assertThat(translated.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void everyReasonHasAnEnglishText() throws IOException {
    Set<String> keys = file("").stringPropertyNames();

    for (Reason reason : Reason.values()) {
      assertThat(keys).contains(reason.key());
    }
  }

  @Test
  void reasons() {
    assertThat(ENGLISH.reason(Reason.FIELD_HIDDEN)).isEqualTo("You may not see this field");
    assertThat(NORWEGIAN.reason(Reason.FIELD_READ_ONLY))
        .isEqualTo("Du har ikke tilgang til å endre dette feltet");
    assertThat(SWEDISH.reason(Reason.PARTNER_APP))
        .isEqualTo("Användarhantering är inte tillåten för partnerappar");
    assertThat(OFF.reason(Reason.CREATE_USERS))
        .isEqualTo("Only administrators and user managers may create users");
  }

  @Test
  void englishIsTheBaseWhateverTheServersLocale() {
    Locale.setDefault(Locale.forLanguageTag("sv-SE"));

    assertThat(DisplayTexts.of(Language.resolve(null, "en")).reason(Reason.FIELD_HIDDEN))
        .isEqualTo("You may not see this field");
    assertThat(DisplayTexts.of(Language.DEFAULT).systemItem("licence", "sales-app", "Sales app"))
        .isEqualTo("Sales app");
  }

  @Test
  void otherListItemsKeepTheirStoredName() {
    assertThat(SWEDISH.listItem("Sales team")).isEqualTo("Sales team");
  }

  @Test
  void rolesAndLicencesRosterDefinesAreTranslatedByCodeAndOthersKeepTheirName() {
    assertThat(SWEDISH.systemItem("role", "user-manager", "User manager"))
        .isEqualTo("Användaradministratör");
    assertThat(NORWEGIAN.systemItem("role", "read-only", "Read only")).isEqualTo("Kun lesetilgang");
    assertThat(NORWEGIAN.systemItem("licence", "sales-app", "Sales app")).isEqualTo("Salgsappen");
    assertThat(SWEDISH.licenceOwner()).isEqualTo("Modullicenser i Roster");
    // English shows what is stored (an operator may have renamed it); so does translation off.
    assertThat(ENGLISH.systemItem("role", "hr", "Human resources")).isEqualTo("Human resources");
    assertThat(OFF.systemItem("role", "hr", "Human resources")).isEqualTo("Human resources");
    // A role an operator added has no translation.
    assertThat(SWEDISH.systemItem("role", "auditor", "Auditor")).isEqualTo("Auditor");
  }
}
