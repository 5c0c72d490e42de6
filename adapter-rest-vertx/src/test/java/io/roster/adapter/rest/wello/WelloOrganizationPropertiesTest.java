package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every property of the Wello sales organization, one by one, through {@code
 * /api/SalesOrganization}: a value sent is stored and shown, a value refused is named in ModelState
 * by the property (under {@code sales_organization}, alone or embedded in a user), and {@code
 * $filter} takes exactly the properties listed here.
 */
class WelloOrganizationPropertiesTest {
  static final Set<String> FILTERABLE =
      Set.of("code", "name", "city", "db_country_id", "email", "archived");

  /** The bounded text properties and their longest length. */
  static final Map<String, Integer> BOUNDS =
      Map.ofEntries(
          Map.entry("code", 50),
          Map.entry("name", 255),
          Map.entry("accountancy_code", 50),
          Map.entry("default_unit_of_measure_system_type", 50),
          Map.entry("street", 255),
          Map.entry("street2", 255),
          Map.entry("street_number", 50),
          Map.entry("zip", 50),
          Map.entry("city", 255),
          Map.entry("email", 255),
          Map.entry("phone", 50),
          Map.entry("fax", 50),
          Map.entry("url", 255),
          Map.entry("vat_reg_code", 50));

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private static TestServer server;
  private static WelloApi api;
  private static JsonObject target;
  private static String member;

  @BeforeAll
  static void anOrganizationAndAMember() {
    server = new TestServer();
    api = new WelloApi(server);
    target = fullOrganization();
    member = api.user("member@example.test", "Member", target.getString("code")).getString("id");
  }

  @AfterAll
  static void close() {
    server.close();
  }

  /** A new organization with a value in every property. */
  private static JsonObject fullOrganization() {
    String code = "ORG" + SERIAL.incrementAndGet();
    HttpResponse<Buffer> created =
        server.post(
            "/api/SalesOrganization",
            new JsonObject()
                .put("code", code)
                .put("name", "Oslo " + code)
                .put("description", "Head office")
                .put("db_country_id", api.referenceId("Country", "NO"))
                .put("db_currency_id", api.referenceId("Currency", "NOK"))
                .put("db_language_id", api.referenceId("Language", "nb"))
                .put("accountancy_code", "4000")
                .put("archived", false)
                .put("default_unit_of_measure_system_type", "Metric")
                .put("street", "Karl Johans gate")
                .put("street2", "Inngang B")
                .put("street_number", "1")
                .put("zip", "0154")
                .put("city", "Oslo")
                .put("email", code.toLowerCase() + "@example.test")
                .put("phone", "+47 22 00 00 00")
                .put("fax", "+47 22 00 00 01")
                .put("url", "https://example.test/" + code)
                .put("vat_reg_code", "NO999999999MVA"));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return created.bodyAsJsonObject();
  }

  private static HttpResponse<Buffer> put(JsonObject organization) {
    return server.put("/api/SalesOrganization(" + organization.getString("id") + ")", organization);
  }

  private static HttpResponse<Buffer> get(JsonObject organization) {
    return server.get("/api/SalesOrganization(" + organization.getString("id") + ")");
  }

  /**
   * Every property a client writes, each with another value than {@link #fullOrganization} gives
   * it.
   */
  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("code", "TRD"),
        Arguments.of("name", "Trondheim"),
        Arguments.of("description", "Branch\nin the north"),
        Arguments.of("db_country_id", api.referenceId("Country", "SE")),
        Arguments.of("db_currency_id", api.referenceId("Currency", "EUR")),
        Arguments.of("db_language_id", api.referenceId("Language", "sv")),
        Arguments.of("accountancy_code", "5000"),
        Arguments.of("archived", true),
        Arguments.of("default_unit_of_measure_system_type", "Imperial"),
        Arguments.of("street", "Munkegata"),
        Arguments.of("street2", "Bakgården"),
        Arguments.of("street_number", "2"),
        Arguments.of("zip", "7011"),
        Arguments.of("city", "Trondheim"),
        Arguments.of("email", "trd@example.test"),
        Arguments.of("phone", "+47 73 00 00 00"),
        Arguments.of("fax", "+47 73 00 00 01"),
        Arguments.of("url", "https://example.test/trd"),
        Arguments.of("vat_reg_code", "NO888888888MVA"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void every_property_is_stored_and_shown(String name, Object value) {
    JsonObject organization = fullOrganization();

    HttpResponse<Buffer> response = put(organization.copy().put(name, value));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(WelloApi.ok(get(organization)).getValue(name)).isEqualTo(value);
  }

  /**
   * For each property a value can be refused for: one such value, and the property ModelState
   * names.
   */
  static Stream<Arguments> refusals() {
    Stream<Arguments> tooLong =
        BOUNDS.entrySet().stream()
            .map(bound -> Arguments.of(bound.getKey(), "x".repeat(bound.getValue() + 1)));
    Stream<Arguments> others =
        Stream.of(
            Arguments.of("name", " "),
            Arguments.of("email", "not an address"),
            Arguments.of("db_country_id", UUID.randomUUID().toString()),
            Arguments.of("db_currency_id", UUID.randomUUID().toString()),
            Arguments.of("db_language_id", UUID.randomUUID().toString()));
    return Stream.concat(tooLong, others);
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void every_error_names_the_property(String name, Object value) {
    HttpResponse<Buffer> before = get(target);

    HttpResponse<Buffer> response = put(WelloApi.ok(before).put(name, value));

    JsonObject modelState = assertInvalid(response, "sales_organization." + name);
    assertThat(modelState.fieldNames())
        .as(modelState.encode())
        .containsExactly("sales_organization." + name);
    assertThat(get(target).getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void every_error_in_an_embedded_organization_names_the_property_under_the_user(
      String name, Object value) {
    JsonObject body = api.readUser(member);
    body.getJsonObject("sales_organization").put(name, value);

    HttpResponse<Buffer> response = api.putUser(member, body);

    JsonObject modelState = assertInvalid(response, "user.sales_organization." + name);
    assertThat(modelState.fieldNames())
        .as(modelState.encode())
        .containsExactly("user.sales_organization." + name);
  }

  /** Every property GET shows. */
  static Stream<String> names() {
    return WelloApi.ok(get(target)).fieldNames().stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void a_filter_takes_exactly_the_filterable_properties(String name) {
    JsonObject shown = WelloApi.ok(get(target));
    String filter =
        FILTERABLE.contains(name)
            ? name + " eq " + literal(name, shown.getValue(name))
            : name + " eq 'x'";

    String query = URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
    HttpResponse<Buffer> response = server.get("/api/SalesOrganization?$filter=" + query);

    if (FILTERABLE.contains(name)) {
      assertThat(WelloApi.okArray(response).stream().map(o -> ((JsonObject) o).getString("id")))
          .as(filter)
          .contains(target.getString("id"));
    } else {
      assertThat(assertInvalid(response, "$filter").getJsonArray("$filter").getString(0))
          .contains(name);
    }
  }

  private static String literal(String name, Object value) {
    assertThat(value).as(name).isNotNull();
    if (value instanceof Boolean || name.endsWith("_id")) {
      return value.toString();
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }
}
