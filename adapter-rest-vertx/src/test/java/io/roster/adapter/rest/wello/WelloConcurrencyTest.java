package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUTs in flight at the same time: If-Match lets exactly one of them win. */
class WelloConcurrencyTest {
  private static final int ROUNDS = 5;

  private final TestServer server = new TestServer();
  private final WelloApi api = new WelloApi(server);
  private String id;

  @BeforeEach
  void aUser() {
    api.organization("OSL", "Oslo");
    id = api.user("ada@example.test", "Lovelace", "OSL").getString("id");
  }

  @AfterEach
  void close() {
    server.close();
  }

  private static long version(String etag) {
    return Long.parseLong(etag.replace("\"", ""));
  }

  @Test
  void of_two_concurrent_puts_with_the_same_if_match_exactly_one_succeeds() {
    for (int round = 0; round < ROUNDS; round++) {
      HttpResponse<Buffer> read = api.getUser(id);
      String etag = read.getHeader("ETag");
      JsonObject stored = read.bodyAsJsonObject();

      Future<HttpResponse<Buffer>> first =
          api.putUserAsync(id, stored.copy().put("firstname", "First " + round), "If-Match", etag);
      Future<HttpResponse<Buffer>> second =
          api.putUserAsync(id, stored.copy().put("firstname", "Second " + round), "If-Match", etag);
      TestServer.await(Future.join(first, second));

      List<HttpResponse<Buffer>> answers = List.of(first.result(), second.result());
      assertThat(answers)
          .extracting(HttpResponse::statusCode)
          .as("round " + round)
          .containsExactlyInAnyOrder(200, 412);
      HttpResponse<Buffer> winner =
          answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
      HttpResponse<Buffer> loser =
          answers.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
      assertThat(loser.bodyAsJsonObject().getString("Message")).isNotBlank();

      HttpResponse<Buffer> after = api.getUser(id);
      assertThat(version(after.getHeader("ETag"))).isEqualTo(version(etag) + 1);
      assertThat(after.getHeader("ETag")).isEqualTo(winner.getHeader("ETag"));
      assertThat(after.bodyAsJsonObject().getString("firstname"))
          .isEqualTo(winner.bodyAsJsonObject().getString("firstname"));
    }
  }

  @Test
  void concurrent_puts_without_if_match_are_all_applied() {
    JsonObject stored = api.readUser(id);
    List<Future<HttpResponse<Buffer>>> puts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      puts.add(api.putUserAsync(id, stored.copy().put("firstname", "Writer " + i)));
    }
    TestServer.await(Future.join(puts));

    puts.forEach(
        put ->
            assertThat(put.result().statusCode()).as(put.result().bodyAsString()).isEqualTo(200));
    HttpResponse<Buffer> after = api.getUser(id);
    assertThat(after.getHeader("ETag")).isEqualTo("\"9\"");
    assertThat(after.bodyAsJsonObject().getString("firstname")).startsWith("Writer ");
  }

  @Test
  void concurrent_users_embedding_the_same_new_organization_create_it_once() {
    String other = api.user("bob@example.test", "Bob", "OSL").getString("id");
    JsonObject embedded = new JsonObject().put("code", "TRD").put("name", "Trondheim");
    List<Future<HttpResponse<Buffer>>> puts = new ArrayList<>();
    for (String user : List.of(id, other)) {
      JsonObject body = api.readUser(user);
      body.putNull("sales_organization_id")
          .putNull("sales_organization_code")
          .put("sales_organization", embedded);
      puts.add(api.putUserAsync(user, body));
    }
    TestServer.await(Future.join(puts));

    puts.forEach(
        put ->
            assertThat(put.result().statusCode()).as(put.result().bodyAsString()).isEqualTo(200));
    HttpResponse<Buffer> list = server.get("/api/SalesOrganization?$filter=code%20eq%20'TRD'");
    assertThat(WelloApi.okArray(list)).hasSize(1);
    String trd = list.bodyAsJsonArray().getJsonObject(0).getString("id");
    assertThat(api.readUser(id).getString("sales_organization_id")).isEqualTo(trd);
    assertThat(api.readUser(other).getString("sales_organization_id")).isEqualTo(trd);
  }
}
