package io.roster.adapter.rest.superoffice;

import static io.roster.adapter.rest.superoffice.SoApi.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** $orderBy on GET /api/v1/User. */
class SoOrderByTest {
  /** Only the users made here, not the administrator. */
  private static final String MINE = "$filter=startswith(username,'o.')";

  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @BeforeEach
  void users() {
    user("o.ada@example.test", "Smith", "Zed", 5);
    user("o.Bob@example.test", "smith", null, 1);
    user("o.cyd@example.test", "Jones", "ann", 5);
    user("o.dee@example.test", "jones", null, 3);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private void user(String username, String lastname, String firstname, int rank) {
    JsonObject body = SoApi.newUser(username, lastname).put("Rank", rank);
    body.getJsonObject("Person").put("Firstname", firstname);
    HttpResponse<Buffer> created =
        api.send(HttpMethod.POST, "/api/v1/User", Map.of(), body.encode());
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
  }

  private List<String> names(String query) {
    HttpResponse<Buffer> response =
        api.get("/api/v1/User?" + MINE + "&" + query.replace(" ", "%20"));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonArray value = response.bodyAsJsonObject().getJsonArray("value");
    return value.stream()
        .map(JsonObject.class::cast)
        .map(u -> u.getString("UserName").replace("o.", "").replace("@example.test", ""))
        .toList();
  }

  @Test
  void without_an_order_users_come_by_associate_id() {
    assertThat(names("$top=10")).containsExactly("ada", "Bob", "cyd", "dee");
  }

  @Test
  void properties_order_in_turn_ignoring_case_with_an_optional_direction() {
    assertThat(names("$orderBy=lastname desc,username"))
        .containsExactly("ada", "Bob", "cyd", "dee");
    assertThat(names("$orderBy=LastName asc, UserName DESC"))
        .containsExactly("dee", "cyd", "Bob", "ada");
    assertThat(names("$orderby=rank desc")).containsExactly("ada", "cyd", "dee", "Bob");
    assertThat(names("$orderBy=firstname")).containsExactly("cyd", "ada", "Bob", "dee");
    assertThat(names("$orderBy=associateId desc")).containsExactly("dee", "cyd", "Bob", "ada");
  }

  @Test
  void pages_of_an_order_are_stable_and_the_next_link_keeps_the_order() {
    HttpResponse<Buffer> first = api.get("/api/v1/User?" + MINE + "&$top=2&$orderBy=lastname");
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(200);
    String next = first.bodyAsJsonObject().getString("odata.nextLink");
    assertThat(next).contains("$orderBy=lastname");

    assertThat(names("$top=2&$orderBy=lastname")).containsExactly("cyd", "dee");
    HttpResponse<Buffer> second = api.get(next.substring(next.indexOf("/api/v1/User")));
    assertThat(
            second.bodyAsJsonObject().getJsonArray("value").stream()
                .map(JsonObject.class::cast)
                .map(u -> u.getString("UserName")))
        .containsExactly("o.ada@example.test", "o.Bob@example.test");
  }

  @Test
  void an_unknown_property_or_direction_is_400_naming_orderby() {
    assertThat(assertError(api.get("/api/v1/User?$orderBy=shoesize"), 400))
        .contains("$orderBy")
        .contains("shoesize");
    assertThat(assertError(api.get("/api/v1/User?$orderBy=lastname%20sideways"), 400))
        .contains("sideways");
    assertThat(assertError(api.get("/api/v1/User?$orderBy=lastname,,username"), 400))
        .contains("$orderBy");
    assertThat(assertError(api.get("/api/v1/User?$orderBy=lastname%3Bdrop%20table%20users"), 400))
        .contains("$orderBy");
  }

  @Test
  void the_wello_list_keeps_its_order() {
    HttpResponse<Buffer> wello = server.get("/api/User?$orderBy=lastname%20desc");

    assertThat(wello.statusCode()).as(wello.bodyAsString()).isEqualTo(200);
    assertThat(
            wello.bodyAsJsonArray().stream()
                .map(JsonObject.class::cast)
                .map(u -> u.getString("username")))
        .containsExactly(
            TestServer.ADMIN,
            "o.ada@example.test",
            "o.Bob@example.test",
            "o.cyd@example.test",
            "o.dee@example.test");
  }
}
