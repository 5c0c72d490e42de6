package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloApi.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /api/User with $top, $skip and $filter (eq, ne, startswith, contains, and, or, parentheses),
 * archived users left out unless the filter asks for them, and the reference lists.
 */
class WelloListTest {
  private static TestServer server;
  private static WelloApi api;
  private static String oslo;
  private static String bergen;

  /**
   * The test server's administrator (listed as "admin", lastname Administrator, sales organization
   * ROSTER) comes first; then Ada, Bob, Carl and Dora, in that order; Eve is archived. Only Dora is
   * a team leader.
   */
  @BeforeAll
  static void users() {
    server = new TestServer();
    api = new WelloApi(server);
    oslo = api.organization("OSL", "Oslo").getString("id");
    bergen = api.organization("BGO", "Bergen").getString("id");
    user("ada", "Ada", "Lovelace", "OSL", false);
    user("bob", "Bob", "Byron", "OSL", false);
    user("carl", "Carl", "Carlsen", "BGO", false);
    user("dora", "Dora", "Dorsey", "BGO", true);
    String eve = user("eve", "Eve", "Evans", "OSL", false);
    assertThat(api.putUser(eve, api.readUser(eve).put("archived", true)).statusCode())
        .isEqualTo(200);
  }

  private static String user(
      String name, String firstname, String lastname, String organization, boolean leader) {
    return api.user(
            new JsonObject()
                .put("username", name + "@example.test")
                .put("firstname", firstname)
                .put("lastname", lastname)
                .put("email", name + "@example.test")
                .put("is_team_leader", leader)
                .put("sales_organization_code", organization))
        .getString("id");
  }

  @AfterAll
  static void close() {
    server.close();
  }

  private static HttpResponse<Buffer> list(String query) {
    return server.get("/api/User" + query);
  }

  private static HttpResponse<Buffer> filtered(String filter) {
    return list(
        "?$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  private static List<String> firstnames(HttpResponse<Buffer> response) {
    return WelloApi.okArray(response).stream()
        .map(u -> (JsonObject) u)
        .map(
            u ->
                u.getString("username").equals(TestServer.ADMIN)
                    ? "admin"
                    : u.getString("firstname"))
        .toList();
  }

  private static List<String> codes(HttpResponse<Buffer> response) {
    return WelloApi.okArray(response).stream()
        .map(u -> ((JsonObject) u).getString("code"))
        .toList();
  }

  // paging

  @Test
  void the_list_shows_every_user_not_archived_with_the_total_count() {
    HttpResponse<Buffer> response = list("");

    assertThat(firstnames(response)).containsExactly("admin", "Ada", "Bob", "Carl", "Dora");
    assertThat(response.getHeader("X-Total-Count")).isEqualTo("5");
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
  }

  @Test
  void list_items_are_full_wello_users() {
    JsonObject first = WelloApi.okArray(list("?$skip=1&$top=1")).getJsonObject(0);

    assertThat(first.getString("username")).isEqualTo("ada@example.test");
    assertThat(first.getString("sales_organization_code")).isEqualTo("OSL");
    assertThat(first.getJsonObject("sales_organization").getString("name")).isEqualTo("Oslo");
    assertThat(first.containsKey("udf100")).isTrue();
  }

  @Test
  void top_limits_the_page_and_the_total_count_stays() {
    HttpResponse<Buffer> response = list("?$top=2");

    assertThat(firstnames(response)).containsExactly("admin", "Ada");
    assertThat(response.getHeader("X-Total-Count")).isEqualTo("5");
  }

  @Test
  void skip_and_top_page_through_the_list() {
    assertThat(firstnames(list("?$skip=2&$top=2"))).containsExactly("Bob", "Carl");
    assertThat(firstnames(list("?$skip=4&$top=2"))).containsExactly("Dora");
    HttpResponse<Buffer> beyond = list("?$skip=10");
    assertThat(firstnames(beyond)).isEmpty();
    assertThat(beyond.getHeader("X-Total-Count")).isEqualTo("5");
  }

  @Test
  void a_top_or_skip_that_is_not_a_small_whole_number_is_400_naming_it() {
    assertInvalid(list("?$top=0"), "$top");
    assertInvalid(list("?$top=1001"), "$top");
    assertInvalid(list("?$top=ten"), "$top");
    assertInvalid(list("?$skip=-1"), "$skip");
  }

  // $filter

  @Test
  void eq_matches_a_value() {
    assertThat(firstnames(filtered("lastname eq 'Byron'"))).containsExactly("Bob");
  }

  @Test
  void ne_matches_every_other_value() {
    HttpResponse<Buffer> response = filtered("lastname ne 'Byron'");

    assertThat(firstnames(response)).containsExactly("admin", "Ada", "Carl", "Dora");
    assertThat(response.getHeader("X-Total-Count")).isEqualTo("4");
  }

  @Test
  void startswith_matches_a_prefix() {
    assertThat(firstnames(filtered("startswith(lastname,'Car')"))).containsExactly("Carl");
    assertThat(firstnames(filtered("startswith(username, 'd')"))).containsExactly("Dora");
  }

  @Test
  void contains_matches_a_part() {
    assertThat(firstnames(filtered("contains(lastname,'se')"))).containsExactly("Carl", "Dora");
  }

  @Test
  void and_needs_both() {
    assertThat(firstnames(filtered("contains(lastname,'se') and firstname eq 'Dora'")))
        .containsExactly("Dora");
  }

  @Test
  void or_takes_either() {
    assertThat(firstnames(filtered("lastname eq 'Byron' or lastname eq 'Dorsey'")))
        .containsExactly("Bob", "Dora");
  }

  @Test
  void and_binds_tighter_than_or_and_parentheses_group() {
    assertThat(
            firstnames(
                filtered("lastname eq 'Byron' or lastname eq 'Dorsey' and is_team_leader eq true")))
        .containsExactly("Bob", "Dora");
    assertThat(
            firstnames(
                filtered(
                    "(lastname eq 'Byron' or lastname eq 'Dorsey') and is_team_leader eq true")))
        .containsExactly("Dora");
  }

  @Test
  void a_filter_on_a_reference_takes_a_guid() {
    assertThat(firstnames(filtered("sales_organization_id eq " + bergen)))
        .containsExactly("Carl", "Dora");
    assertThat(firstnames(filtered("sales_organization_id eq guid'" + oslo + "'")))
        .containsExactly("Ada", "Bob");
  }

  @Test
  void the_filter_and_paging_combine() {
    HttpResponse<Buffer> response =
        list(
            "?$top=1&$skip=2&$filter="
                + URLEncoder.encode("lastname ne 'Byron'", StandardCharsets.UTF_8));

    assertThat(firstnames(response)).containsExactly("Carl");
    assertThat(response.getHeader("X-Total-Count")).isEqualTo("4");
  }

  // archived

  @Test
  void an_archived_user_is_left_out_unless_the_filter_mentions_archived() {
    assertThat(firstnames(filtered("lastname eq 'Evans'"))).isEmpty();
    assertThat(firstnames(filtered("archived eq true"))).containsExactly("Eve");
    assertThat(firstnames(filtered("archived eq false")))
        .containsExactly("admin", "Ada", "Bob", "Carl", "Dora");
    assertThat(firstnames(filtered("lastname eq 'Evans' and archived eq true")))
        .containsExactly("Eve");
    HttpResponse<Buffer> all = filtered("archived eq true or archived eq false");
    assertThat(firstnames(all)).containsExactly("admin", "Ada", "Bob", "Carl", "Dora", "Eve");
    assertThat(all.getHeader("X-Total-Count")).isEqualTo("6");
  }

  @Test
  void an_archived_user_is_still_read_by_its_id() {
    String eve = WelloApi.okArray(filtered("archived eq true")).getJsonObject(0).getString("id");

    assertThat(api.readUser(eve).getBoolean("archived")).isTrue();
  }

  // refused filters

  @Test
  void a_filter_on_a_property_that_is_not_allowed_is_400_naming_filter() {
    JsonObject modelState = assertInvalid(filtered("notes eq 'x'"), "$filter");
    assertThat(modelState.getJsonArray("$filter").getString(0)).contains("notes");

    assertInvalid(filtered("bankaccount eq 'x'"), "$filter");
    assertInvalid(filtered("startswith(social_security,'1')"), "$filter");
  }

  @Test
  void a_filter_that_does_not_parse_is_400_naming_filter() {
    assertInvalid(filtered("lastname eq 'Byron"), "$filter");
    assertInvalid(filtered("lastname eq 'Byron')"), "$filter");
    assertInvalid(filtered("(lastname eq 'Byron'"), "$filter");
    assertInvalid(filtered("lastname lt 'Byron'"), "$filter");
    assertInvalid(filtered("lastname eq Byron"), "$filter");
    assertInvalid(filtered("is_team_leader eq 'yes'"), "$filter");
    assertInvalid(filtered("lastname eq 'a' and"), "$filter");
  }

  // other lists

  @Test
  void the_sales_organizations_are_listed_and_filtered() {
    HttpResponse<Buffer> all = server.get("/api/SalesOrganization");
    assertThat(codes(all)).containsExactlyInAnyOrder("OSL", "BGO", "ROSTER");
    assertThat(all.getHeader("X-Total-Count")).isEqualTo("3");

    HttpResponse<Buffer> one = server.get("/api/SalesOrganization?$filter=code%20eq%20'BGO'");
    assertThat(codes(one)).containsExactly("BGO");
    assertInvalid(server.get("/api/SalesOrganization?$filter=vat_reg_code%20eq%20'x'"), "$filter");
  }

  @Test
  void the_reference_lists_are_served() {
    // A database seeds the whole ISO lists; the in-memory sample has a few entries of each.
    assertThat(codes(server.get("/api/Country"))).contains("BE", "NO", "SE").isSorted();
    assertThat(codes(server.get("/api/Language"))).contains("en", "nb", "sv").isSorted();
    assertThat(codes(server.get("/api/Currency"))).contains("EUR", "NOK").isSorted();
    assertThat(codes(server.get("/api/UserGroup"))).containsExactly("sales", "support");
  }

  @Test
  void a_reference_item_has_an_id_a_number_a_code_and_a_name() {
    JsonArray countries = WelloApi.okArray(server.get("/api/country"));
    JsonObject norway =
        countries.stream()
            .map(JsonObject.class::cast)
            .filter(c -> "NO".equals(c.getString("code")))
            .findFirst()
            .orElseThrow();

    assertThat(norway.fieldNames()).containsExactlyInAnyOrder("id", "number", "code", "name");
    assertThat(norway.getString("name")).isEqualTo("Norway");
    assertThat(norway.getInteger("number")).isPositive();
    assertThat(norway.getString("id")).matches("[0-9a-f-]{36}");
  }

  @Test
  void reference_lists_are_read_only() {
    HttpResponse<Buffer> response =
        server.send(
            HttpMethod.POST, "/api/Country", Map.of("Content-Type", "application/json"), "{}");

    WelloApi.assertMessage(response, 405);
    assertThat(response.getHeader("Allow")).isEqualTo("GET");
  }
}
