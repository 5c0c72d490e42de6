package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accept-Language and SO-Language: the rights reasons, roles and module licences in sv and nb; list
 * items an operator made keep their stored names.
 */
class SoLanguageTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private String standard;
  private int self;
  private int other;

  @AfterEach
  void close() {
    server.close();
  }

  @BeforeEach
  void users() {
    standard = api.userWithRole("standard@example.test", Role.STANDARD);
    self =
        server
            .useCases
            .getUser()
            .getByUsername(Principal.system(), "standard@example.test")
            .user()
            .associateId()
            .value();
    other = api.user("other@example.test", "Other");
  }

  private JsonObject read(int id, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Authorization", standard);
    HttpResponse<Buffer> response = api.send(HttpMethod.GET, "/api/v1/User/" + id, all, null);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  private static String reason(JsonObject user, String property) {
    return user.getJsonObject("FieldProperties")
        .getJsonObject(property)
        .getJsonObject("FieldRight")
        .getString("Reason");
  }

  @Test
  void swedish_reasons_with_so_language_sv() {
    JsonObject user = read(other, Map.of("SO-Language", "sv"));

    assertThat(reason(user, "Person.Birthdate")).isEqualTo("Du får inte se detta fält");
    assertThat(reason(user, "Tooltip")).isEqualTo("Du får inte ändra detta fält");
    assertThat(user.getJsonObject("TableRight").getString("Reason"))
        .isEqualTo("Endast administratörer och användaradministratörer får ändra andra användare");
    assertThat(reason(read(self, Map.of("SO-Language", "sv")), "Person.Birthdate"))
        .isEqualTo("Endast HR-användare får ändra detta fält");
  }

  @Test
  void norwegian_reasons_with_accept_language_nb_and_so_language_wins() {
    JsonObject user = read(other, Map.of("Accept-Language", "da, nb-NO;q=0.8, en;q=0.5"));

    assertThat(reason(user, "Person.Birthdate"))
        .isEqualTo("Du har ikke tilgang til å se dette feltet");
    assertThat(reason(user, "Tooltip")).isEqualTo("Du har ikke tilgang til å endre dette feltet");
    assertThat(user.getJsonObject("TableRight").getString("Reason"))
        .isEqualTo("Bare administratorer og brukeradministratorer kan endre andre brukere");

    JsonObject overridden = read(other, Map.of("Accept-Language", "nb", "SO-Language", "sv"));
    assertThat(reason(overridden, "Tooltip")).isEqualTo("Du får inte ändra detta fält");
  }

  @Test
  void english_without_a_language_or_with_translation_off_and_only_rosters_own_items_translated() {
    JsonObject english = read(self, Map.of());
    JsonObject off = read(self, Map.of("Accept-Language", "nb", "SO-Language", "*"));
    JsonObject swedish = read(self, Map.of("SO-Language", "sv"));
    JsonObject norwegian = read(self, Map.of("SO-Language", "nb"));

    assertThat(reason(english, "Person.Birthdate"))
        .isEqualTo("Only HR users may change this field");
    assertThat(reason(off, "Person.Birthdate")).isEqualTo("Only HR users may change this field");
    assertThat(english.getJsonObject("TableRight").getString("Reason"))
        .isEqualTo("Only administrators and user managers may create users");
    // User groups an operator made keep their names; Type is a value, not a display text.
    for (JsonObject translated : new JsonObject[] {swedish, norwegian, off}) {
      assertThat(translated.getJsonObject("UserGroup"))
          .isEqualTo(english.getJsonObject("UserGroup"));
      assertThat(translated.getString("Type")).isEqualTo(english.getString("Type"));
    }
    assertThat(off.getJsonArray("LicenseOwners")).isEqualTo(english.getJsonArray("LicenseOwners"));
    // The items Roster defines itself are translated by code: module licences here (a standard user
    // does not see roles; DisplayTextsTest covers them).
    JsonObject owner = swedish.getJsonArray("LicenseOwners").getJsonObject(0);
    assertThat(owner.getString("Description")).isEqualTo("Modullicenser i Roster");
    assertThat(
            owner.getJsonArray("RestrictedModuleLicenses").stream()
                .map(l -> ((JsonObject) l).getString("Description")))
        .contains("Säljappen");
  }
}
