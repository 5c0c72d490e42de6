package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Lists in a User body are bounded: credentials (each new secret is hashed, slowly) and the lists
 * of items named by Id. A body beyond a bound, or with two credentials of one type, is a 400 naming
 * the list, answered before any secret is hashed, and changes nothing.
 */
class SoListLimitsTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  private static JsonArray items(int count, IntFunction<JsonObject> item) {
    JsonArray items = new JsonArray();
    for (int i = 0; i < count; i++) {
      items.add(item.apply(i));
    }
    return items;
  }

  private static JsonObject password(String value) {
    return new JsonObject().put("Type", "Password").put("Value", value);
  }

  /** A user with the password {@code first secret}; their associate id. */
  private int userWithPassword(String username) {
    int id = api.user(username, "Limits");
    HttpResponse<Buffer> put =
        api.put(id, api.read(id).put("Credentials", new JsonArray().add(password("first secret"))));
    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    return id;
  }

  /**
   * PUTs what a GET answered with {@code property} replaced, expecting a 400 whose message the
   * answer is; the user, their ETag and their password are as they were.
   */
  private String refused(int id, String username, String property, JsonArray value) {
    HttpResponse<Buffer> before = api.get("/api/v1/User/" + id);

    String message =
        SoApi.assertError(api.put(id, before.bodyAsJsonObject().copy().put(property, value)), 400);

    HttpResponse<Buffer> after = api.get("/api/v1/User/" + id);
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    HttpResponse<Buffer> asUser =
        server.send(
            HttpMethod.GET,
            "/api/v1/User/" + id,
            Map.of("Authorization", TestServer.basic(username, "first secret")),
            null);
    assertThat(asUser.statusCode()).as(asUser.bodyAsString()).isEqualTo(200);
    return message;
  }

  @Test
  void a_thousand_credentials_are_a_400_naming_credentials_and_change_nothing() {
    int id = userWithPassword("thousand@example.test");

    assertThat(
            refused(
                id,
                "thousand@example.test",
                "Credentials",
                items(1000, i -> password("value " + i))))
        .isEqualTo("The user is invalid: Credentials: must have at most 20 items");
  }

  @Test
  void two_passwords_are_a_400_naming_the_second_and_change_nothing() {
    int id = userWithPassword("two@example.test");

    assertThat(
            refused(
                id,
                "two@example.test",
                "Credentials",
                new JsonArray().add(password("one")).add(password("two"))))
        .contains("Credentials[1].Type: a user has at most one credential of type Password");
  }

  @Test
  void more_groups_or_ticket_categories_than_a_user_may_have_are_a_400_naming_the_list() {
    int id = userWithPassword("groups@example.test");

    for (String list : new String[] {"OtherGroups", "TicketCategories"}) {
      assertThat(
              refused(
                  id,
                  "groups@example.test",
                  list,
                  items(1001, i -> new JsonObject().put("Id", i + 1))))
          .isEqualTo("The user is invalid: " + list + ": must have at most 1,000 items");
    }
  }
}
