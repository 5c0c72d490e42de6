package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every property of the Wello seed's user, one by one: a value sent is stored and shown, a value
 * refused is named in ModelState by the property as the seed names it, and {@code $filter} takes
 * exactly the properties listed here. (The flags and {@code notes} take every value; they are named
 * when a caller may not change them, see {@code AuthorizationMatrixTest}.)
 */
class WelloUserPropertiesTest {
  /** The properties {@code $filter} takes; on any other property of the seed it is a 400. */
  static final Set<String> FILTERABLE =
      Set.of(
          "username",
          "firstname",
          "lastname",
          "email",
          "code",
          "phone",
          "mobile",
          "fax",
          "db_language_id",
          "sales_organization_id",
          "user_group_id",
          "is_team_leader",
          "team_leader_user_id",
          "disabled",
          "archived");

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private static TestServer server;
  private static WelloApi api;
  private static String bergen;
  private static String leader;
  private static String deputy;
  private static JsonObject target;

  @BeforeAll
  static void references() {
    server = new TestServer();
    api = new WelloApi(server);
    api.organization("OSL", "Oslo");
    bergen = api.organization("BGO", "Bergen").getString("id");
    leader = leader("leader");
    deputy = leader("deputy");
    target = fullUser();
  }

  @AfterAll
  static void close() {
    server.close();
  }

  private static String leader(String name) {
    return api.user(
            new JsonObject()
                .put("username", name + "@example.test")
                .put("lastname", name)
                .put("email", name + "@example.test")
                .put("is_team_leader", true)
                .put("sales_organization_code", "OSL"))
        .getString("id");
  }

  /** A new user with a value in every property of the seed ({@code udf7} of the custom fields). */
  private static JsonObject fullUser() {
    String name = "user" + SERIAL.incrementAndGet();
    return api.user(
        new JsonObject()
            .put("username", name + "@example.test")
            .put("firstname", "Augusta Ada")
            .put("lastname", "Lovelace")
            .put("code", "ERP-" + name)
            .put("archived", false)
            .put("disabled", false)
            .put("emergency_contact", "William King")
            .put("bankaccount", "NO93 8601 1117 947")
            .put("social_security", "10121815-00000")
            .put("place_of_birth", "London")
            .put("nationality", "British")
            .put("functions", "Analyst")
            .put("birthdate", "1815-12-10")
            .put("skype", "ada.lovelace")
            .put("notes", "First programmer.")
            .put("db_language_id", api.referenceId("Language", "en"))
            .put("sales_organization_code", "OSL")
            .put("is_team_leader", false)
            .put("team_leader_user_id", leader)
            .put("email", name + "@example.test")
            .put("phone", "+44 20 0000 0000")
            .put("fax", "+44 20 0000 0001")
            .put("mobile", "+44 7000 000000")
            .put("private_email", "ada@home.example.test")
            .put("private_phone", "+44 20 1111 1111")
            .put("private_fax", "+44 20 1111 1112")
            .put("private_mobile", "+44 7111 111111")
            .put("private_street", "St James's Square")
            .put("private_street_number", "12")
            .put("private_city", "London")
            .put("private_zip", "SW1Y 4JH")
            .put("private_db_country_code", "SE")
            .put("allow_hero_app", false)
            .put("allow_sales_app", false)
            .put("allow_service_app", false)
            .put("user_group_id", api.referenceId("UserGroup", "sales"))
            .put("udf7", "seven"));
  }

  /**
   * A property and a value for it; GET then shows {@code shown} (every entry of it, for an object).
   * The properties {@code cleared} are sent as null alongside: they name the same thing otherwise.
   */
  record Sent(String name, Object value, Object shown, List<String> cleared) {
    Sent shown(Object shown) {
      return new Sent(name, value, shown, cleared);
    }

    Sent clearing(String... others) {
      return new Sent(name, value, shown, List.of(others));
    }

    @Override
    public String toString() {
      return name + " = " + value;
    }
  }

  private static Sent sent(String name, Object value) {
    return new Sent(name, value, value, List.of());
  }

  /** Every property a client writes, each with another value than {@link #fullUser} gives it. */
  static Stream<Sent> values() {
    return Stream.of(
        sent("username", "grace@example.test"),
        sent("firstname", "Grace"),
        sent("lastname", "Hopper"),
        sent("code", "NAVY-1906"),
        sent("archived", true),
        sent("disabled", true),
        sent("emergency_contact", "Vincent Hopper"),
        sent("bankaccount", "US00 0000 0001"),
        sent("social_security", "1906-12-09"),
        sent("place_of_birth", "New York"),
        sent("nationality", "American"),
        sent("functions", "Rear admiral"),
        sent("birthdate", "1906-12-09").shown("1906-12-09T00:00:00"),
        sent("birthdate", "1906-12-09T00:00:00"),
        sent("birthdate", "1906-12-09T16:48:26.4786077+00:00").shown("1906-12-09T00:00:00"),
        sent("birthdate", "1906-12-09T23:00:00-05:00").shown("1906-12-09T00:00:00"),
        sent("skype", "grace.hopper"),
        sent("notes", "Line one.\nLine two."),
        sent("db_language_id", api.referenceId("Language", "nb")),
        sent("sales_organization_id", bergen)
            .clearing("sales_organization_code", "sales_organization"),
        sent("sales_organization_code", "BGO")
            .clearing("sales_organization_id", "sales_organization"),
        sent("sales_organization", new JsonObject().put("code", "TRD").put("name", "Trondheim"))
            .clearing("sales_organization_id", "sales_organization_code"),
        sent("is_team_leader", true),
        sent("team_leader_user_id", deputy),
        sent("email", "grace@navy.example.test"),
        sent("phone", "+1 202 000 0000"),
        sent("fax", "+1 202 000 0001"),
        sent("mobile", "+1 202 000 0002"),
        sent("private_email", "grace@home.example.test"),
        sent("private_phone", "+1 212 000 0000"),
        sent("private_fax", "+1 212 000 0001"),
        sent("private_mobile", "+1 212 000 0002"),
        sent("private_street", "Riverside Drive"),
        sent("private_street_number", "7"),
        sent("private_city", "New York"),
        sent("private_zip", "10025"),
        sent("private_db_country_id", api.referenceId("Country", "NO"))
            .clearing("private_db_country_code"),
        sent("private_db_country_code", "NO").clearing("private_db_country_id"),
        sent("allow_hero_app", true),
        sent("allow_sales_app", true),
        sent("allow_service_app", true),
        sent("user_group_id", api.referenceId("UserGroup", "support")),
        sent("udf7", "sju"),
        sent("udf100", "hundred"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void every_property_is_stored_and_shown(Sent sent) {
    JsonObject user = fullUser();
    JsonObject body = user.copy().put(sent.name(), sent.value());
    sent.cleared().forEach(body::putNull);

    HttpResponse<Buffer> response = api.putUser(user.getString("id"), body);

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    Object shown = api.readUser(user.getString("id")).getValue(sent.name());
    if (sent.shown() instanceof JsonObject expected) {
      assertThat(shown).isInstanceOf(JsonObject.class);
      expected.forEach(
          entry ->
              assertThat(((JsonObject) shown).getValue(entry.getKey()))
                  .isEqualTo(entry.getValue()));
    } else {
      assertThat(shown).isEqualTo(sent.shown());
    }
  }

  /** A value refused for a property, and the property ModelState names. */
  record Refused(String name, Object value, String key, List<String> cleared) {
    Refused named(String key) {
      return new Refused(name, value, key, cleared);
    }

    Refused clearing(String... others) {
      return new Refused(name, value, key, List.of(others));
    }

    @Override
    public String toString() {
      return name + " = " + value;
    }
  }

  private static Refused refused(String name, Object value) {
    return new Refused(name, value, name, List.of());
  }

  /**
   * For each property a value can be refused for: one such value (text fields: one character too
   * many).
   */
  static Stream<Refused> refusals() {
    Stream<Refused> tooLong =
        WelloBoundsPropertyTest.FIELDS.stream()
            .map(field -> refused(field.name(), "x".repeat(field.max() + 1)));
    Stream<Refused> others =
        Stream.of(
            refused("username", " "),
            refused("lastname", null),
            refused("email", "not an address"),
            refused("private_email", "not an address"),
            refused("birthdate", "2025-02-30"),
            refused("db_language_id", UUID.randomUUID().toString()),
            refused("sales_organization_id", UUID.randomUUID().toString())
                .clearing("sales_organization_code", "sales_organization"),
            refused("sales_organization_code", "NOPE")
                .named("sales_organization_id")
                .clearing("sales_organization_id", "sales_organization"),
            refused("sales_organization", new JsonObject().put("code", "NEW"))
                .named("sales_organization.name")
                .clearing("sales_organization_id", "sales_organization_code"),
            refused("team_leader_user_id", UUID.randomUUID().toString()),
            refused("private_db_country_id", UUID.randomUUID().toString())
                .clearing("private_db_country_code"),
            refused("private_db_country_code", "XX")
                .named("private_db_country_id")
                .clearing("private_db_country_id"),
            refused("user_group_id", UUID.randomUUID().toString()),
            refused("udf7", "x".repeat(4001)),
            refused("udf8", 8));
    return Stream.concat(tooLong, others);
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void every_error_names_the_property_as_the_seed_does(Refused refused) {
    HttpResponse<Buffer> before = api.getUser(target.getString("id"));
    JsonObject body = WelloApi.ok(before).put(refused.name(), refused.value());
    refused.cleared().forEach(body::putNull);

    HttpResponse<Buffer> response = api.putUser(target.getString("id"), body);

    JsonObject modelState = assertInvalid(response, "user." + refused.key());
    assertThat(modelState.fieldNames())
        .as(modelState.encode())
        .containsExactly("user." + refused.key());
    assertThat(api.getUser(target.getString("id")).getHeader("ETag"))
        .isEqualTo(before.getHeader("ETag"));
  }

  /**
   * Every property GET shows (of the custom fields, udf1), and the embedded organization's path.
   */
  static Stream<String> names() {
    return Stream.concat(
        api.readUser(target.getString("id")).fieldNames().stream()
            .filter(n -> !n.matches("udf([2-9]|\\d\\d+)")),
        Stream.of("sales_organization.code"));
  }

  @ParameterizedTest
  @MethodSource("names")
  void a_filter_takes_exactly_the_filterable_properties(String name) {
    JsonObject shown = api.readUser(target.getString("id"));
    String filter =
        FILTERABLE.contains(name)
            ? name + " eq " + literal(name, shown.getValue(name))
            : name + " eq 'x'";

    HttpResponse<Buffer> response =
        server.get(
            "/api/User?$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));

    if (FILTERABLE.contains(name)) {
      assertThat(WelloApi.okArray(response).stream().map(u -> ((JsonObject) u).getString("id")))
          .as(filter)
          .contains(target.getString("id"));
    } else {
      assertThat(assertInvalid(response, "$filter").getJsonArray("$filter").getString(0))
          .contains(name);
    }
  }

  @Test
  void every_filterable_property_is_a_property_of_the_seed() {
    assertThat(names()).containsAll(FILTERABLE);
  }

  /** {@code value} as a $filter literal: a GUID bare, a flag as it is, text quoted. */
  private static String literal(String name, Object value) {
    assertThat(value).as(name).isNotNull();
    if (value instanceof Boolean || name.endsWith("_id")) {
      return value.toString();
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }
}
