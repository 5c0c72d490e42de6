package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Every bounded Wello text field: a value as long as its bound is stored, one character more is
 * refused with a 400 naming the field, and the refused PUT changes nothing.
 */
class WelloBoundsPropertyTest {
  /** A text field of the seed and its "Max length". */
  record Bounded(String name, int max, boolean address) {
    static Bounded text(String name, int max) {
      return new Bounded(name, max, false);
    }

    static Bounded address(String name, int max) {
      return new Bounded(name, max, true);
    }

    /**
     * A value of exactly {@code length} characters; a well-formed e-mail address for address
     * fields.
     */
    String value(int length, char filler) {
      if (!address) {
        return String.valueOf(filler).repeat(length);
      }
      String domain = "@example.test";
      return String.valueOf(filler).repeat(length - domain.length()) + domain;
    }

    @Override
    public String toString() {
      return name + " (max " + max + ")";
    }
  }

  static final List<Bounded> FIELDS =
      List.of(
          Bounded.text("username", 255),
          Bounded.text("firstname", 255),
          Bounded.text("lastname", 255),
          Bounded.text("code", 50),
          Bounded.text("emergency_contact", 64),
          Bounded.text("bankaccount", 50),
          Bounded.text("social_security", 50),
          Bounded.text("place_of_birth", 255),
          Bounded.text("nationality", 255),
          Bounded.text("functions", 255),
          Bounded.text("skype", 50),
          Bounded.text("phone", 50),
          Bounded.text("fax", 50),
          Bounded.text("mobile", 50),
          Bounded.address("private_email", 250),
          Bounded.text("private_phone", 50),
          Bounded.text("private_fax", 50),
          Bounded.text("private_mobile", 50),
          Bounded.text("private_street", 50),
          Bounded.text("private_street_number", 50),
          Bounded.text("private_city", 50),
          Bounded.text("private_zip", 50),
          Bounded.address("email", 255));

  /** Characters to fill values with: ASCII, Latin accents, Nordic letters, CJK, punctuation. */
  private static final List<Character> FILLERS =
      List.of('a', 'Z', '7', 'é', 'ø', 'Å', '中', '_', '.');

  private static TestServer server;
  private static WelloApi api;
  private static String id;
  private static int edits;

  @BeforeAll
  static void aUser() {
    server = new TestServer();
    api = new WelloApi(server);
    api.organization("OSL", "Oslo");
    id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");
  }

  @AfterAll
  static void close() {
    server.close();
  }

  /** PUTs the current user with {@code field} set to {@code value} and another change besides. */
  private static HttpResponse<Buffer> putWith(JsonObject current, Bounded field, String value) {
    return api.putUser(id, current.copy().put(field.name(), value).put("notes", "edit " + ++edits));
  }

  private static void assertAccepted(Bounded field, String value) {
    HttpResponse<Buffer> response = putWith(api.readUser(id), field, value);

    assertThat(response.statusCode()).as(field + ": " + response.bodyAsString()).isEqualTo(200);
    assertThat(api.readUser(id).getString(field.name())).as(field.toString()).isEqualTo(value);
  }

  private static void assertRefused(Bounded field, String value) {
    HttpResponse<Buffer> before = api.getUser(id);
    JsonObject stored = WelloApi.ok(before);

    HttpResponse<Buffer> response = putWith(stored, field, value);

    JsonObject modelState = assertInvalid(response, "user." + field.name());
    assertThat(modelState.getJsonArray("user." + field.name()).getString(0))
        .as(field.toString())
        .contains(Integer.toString(field.max()));
    HttpResponse<Buffer> after = api.getUser(id);
    assertThat(after.getHeader("ETag")).as(field.toString()).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject()).as(field.toString()).isEqualTo(stored);
  }

  @Test
  void every_bounded_field_takes_its_bound_and_refuses_one_character_more() {
    for (Bounded field : FIELDS) {
      String atBound = field.value(field.max(), 'b');
      assertThat(atBound).hasSize(field.max());
      assertAccepted(field, atBound);

      String over = field.value(field.max() + 1, 'c');
      assertThat(over).hasSize(field.max() + 1);
      assertRefused(field, over);
      assertThat(api.readUser(id).getString(field.name())).as(field.toString()).isEqualTo(atBound);
    }
  }

  @Test
  void a_value_is_stored_exactly_when_it_fits_its_bound() {
    qt().withExamples(60)
        .forAll(Generate.pick(FIELDS), integers().between(-3, 3), Generate.pick(FILLERS))
        .checkAssert(
            (field, overBy, filler) -> {
              String value = field.value(field.max() + overBy, filler);
              if (overBy <= 0) {
                assertAccepted(field, value);
              } else {
                assertRefused(field, value);
              }
            });
  }

  @Test
  void the_fields_listed_are_every_bounded_text_field_the_user_shows() {
    JsonObject shown = api.readUser(id);

    FIELDS.forEach(
        field -> assertThat(shown.containsKey(field.name())).as(field.toString()).isTrue());
    assertThat(FIELDS).hasSize(23);
  }
}
