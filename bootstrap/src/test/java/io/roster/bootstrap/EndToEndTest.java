package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server, wired as {@code serve --demo} wires it, on an embedded H2 file. */
class EndToEndTest {
  @TempDir static Path data;
  private static RosterApp app;
  private static Vertx vertx;
  private static WebClient client;

  private static final String ADMIN_PASSWORD = "end-to-end secret";

  /** Grace Hopper, the demo team's leader, is a user manager. */
  private static String grace;

  @BeforeAll
  static void start() {
    Settings settings =
        Settings.load(
            Map.of(
                "ROSTER_HTTP_PORT",
                "0",
                "ROSTER_DATA_DIR",
                data.toString(),
                "ROSTER_ADMIN_PASSWORD",
                ADMIN_PASSWORD),
            null);
    app = RosterApp.start(settings, true);
    vertx = Vertx.vertx();
    client =
        WebClient.create(
            vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(app.port()));
    grace = "Bearer " + token("grace.hopper@example.com", DemoData.PASSWORD);
  }

  private static String token(String username, String password) {
    HttpResponse<Buffer> answer =
        await(
            client
                .post("/auth/token")
                .sendJsonObject(
                    new JsonObject().put("username", username).put("password", password)));
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(200);
    return answer.bodyAsJsonObject().getString("access_token");
  }

  private static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    client.close();
    await(vertx.close());
    app.close();
  }

  @Test
  void the_server_is_ready_once_its_database_answers() {
    assertThat(await(client.get("/health/live").send()).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> ready = await(client.get("/health/ready").send());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.bodyAsJsonObject().getString("status")).isEqualTo("UP");
    assertThat(ready.getHeader("X-Request-Id")).isNotBlank();
  }

  @Test
  void the_demo_team_can_be_listed_read_and_updated_over_http() {
    JsonArray team =
        await(
                client
                    .get("/api/User")
                    .addQueryParam("$filter", "team_leader_user_id eq " + DemoData.LEADER)
                    .putHeader("Authorization", grace)
                    .send())
            .bodyAsJsonArray();
    assertThat(team).hasSize(2);

    String ada = "/api/User(a5e40000-0000-4000-8000-000000000002)";
    HttpResponse<Buffer> read = await(client.get(ada).putHeader("Authorization", grace).send());
    assertThat(read.statusCode()).isEqualTo(200);
    JsonObject body = read.bodyAsJsonObject();
    assertThat(body.getString("sales_organization_code")).isEqualTo("DEMO");

    HttpResponse<Buffer> updated =
        await(
            client
                .put(ada)
                .putHeader("Authorization", grace)
                .putHeader("Content-Type", "application/json")
                .putHeader("If-Match", read.getHeader("ETag"))
                .sendBuffer(
                    Buffer.buffer(body.copy().put("skype", "ada.l").put("udf3", "x").encode())));
    assertThat(updated.statusCode()).as(updated.bodyAsString()).isEqualTo(200);
    assertThat(updated.bodyAsJsonObject().getString("skype")).isEqualTo("ada.l");

    HttpResponse<Buffer> stale =
        await(
            client
                .put(ada)
                .putHeader("Authorization", grace)
                .putHeader("Content-Type", "application/json")
                .putHeader("If-Match", read.getHeader("ETag"))
                .sendBuffer(Buffer.buffer(body.encode())));
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(
            await(client.get(ada).putHeader("Authorization", grace).send())
                .bodyAsJsonObject()
                .getString("skype"))
        .isEqualTo("ada.l");
  }

  @Test
  void the_demo_groups_and_ticket_categories_are_list_items_of_the_superoffice_dialect() {
    String alan = "/api/v1/User/alan.turing@example.com";
    JsonObject read =
        await(client.get(alan).putHeader("Authorization", grace).send()).bodyAsJsonObject();

    assertThat(read.getJsonObject("UserGroup").getInteger("Id")).isEqualTo(3);
    assertThat(read.getJsonObject("UserGroup").getString("Value")).isEqualTo("Research");
    assertThat(read.getJsonArray("TicketCategories").getJsonObject(0).getString("Name"))
        .isEqualTo("Technical");

    HttpResponse<Buffer> updated =
        await(
            client
                .put(alan)
                .putHeader("Authorization", grace)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(
                    Buffer.buffer(
                        read.copy()
                            .put(
                                "OtherGroups",
                                new JsonArray()
                                    .add(new JsonObject().put("Id", 1))
                                    .add(new JsonObject().put("Id", 2)))
                            .encode())));

    assertThat(updated.statusCode()).as(updated.bodyAsString()).isEqualTo(200);
    assertThat(
            updated.bodyAsJsonObject().getJsonArray("OtherGroups").stream()
                .map(g -> ((JsonObject) g).getString("Value")))
        .containsExactlyInAnyOrder("Sales", "Support");
  }

  @Test
  void the_api_answers_only_callers_who_authenticate() {
    HttpResponse<Buffer> anonymous = await(client.get("/api/User").send());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.getHeader("WWW-Authenticate")).contains("Basic", "Bearer");

    HttpResponse<Buffer> wrong =
        await(client.get("/api/User").putHeader("Authorization", basic("admin", "wrong")).send());
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.bodyAsString()).isEqualTo(anonymous.bodyAsString());

    // The administrator made on first start, with Wello's user:password@domain form too.
    assertThat(
            await(
                    client
                        .get("/api/User")
                        .putHeader("Authorization", basic("admin", ADMIN_PASSWORD))
                        .send())
                .statusCode())
        .isEqualTo(200);
    assertThat(
            await(
                    client
                        .get("/api/User")
                        .putHeader("Authorization", basic("admin", ADMIN_PASSWORD + "@roster"))
                        .send())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_read_only_user_sees_no_hr_data_and_changes_nothing() {
    String linus = "Bearer " + token("linus.pauling@example.com", DemoData.PASSWORD);
    String alan = "/api/User(a5e40000-0000-4000-8000-000000000003)";

    HttpResponse<Buffer> read = await(client.get(alan).putHeader("Authorization", linus).send());
    assertThat(read.statusCode()).isEqualTo(200);
    HttpResponse<Buffer> update =
        await(
            client
                .put(alan)
                .putHeader("Authorization", linus)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(read.bodyAsJsonObject().put("skype", "nope").encode())));
    assertThat(update.statusCode()).isEqualTo(403);
    assertThat(
            await(client.get(alan).putHeader("Authorization", grace).send())
                .bodyAsJsonObject()
                .getString("skype"))
        .isNotEqualTo("nope");
  }

  @Test
  void reference_data_is_seeded_from_the_iso_lists() {
    JsonArray countries =
        await(client.get("/api/Country").putHeader("Authorization", grace).send())
            .bodyAsJsonArray();
    assertThat(countries.size()).isGreaterThan(200);
    assertThat(countries.stream().map(c -> ((JsonObject) c).getString("code")))
        .contains("NO", "BE", "US");
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
