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
import java.nio.file.Path;
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

  @BeforeAll
  static void start() {
    Settings settings =
        Settings.load(Map.of("ROSTER_HTTP_PORT", "0", "ROSTER_DATA_DIR", data.toString()), null);
    app = RosterApp.start(settings, true);
    vertx = Vertx.vertx();
    client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(app.port()));
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
        await(client.get("/api/User").addQueryParam("$filter", "team_leader_user_id eq " + DemoData.LEADER).send())
            .bodyAsJsonArray();
    assertThat(team).hasSize(2);

    String ada = "/api/User(a5e40000-0000-4000-8000-000000000002)";
    HttpResponse<Buffer> read = await(client.get(ada).send());
    assertThat(read.statusCode()).isEqualTo(200);
    JsonObject body = read.bodyAsJsonObject();
    assertThat(body.getString("sales_organization_code")).isEqualTo("DEMO");

    HttpResponse<Buffer> updated =
        await(
            client.put(ada)
                .putHeader("Content-Type", "application/json")
                .putHeader("If-Match", read.getHeader("ETag"))
                .sendBuffer(Buffer.buffer(body.copy().put("skype", "ada.l").put("udf3", "x").encode())));
    assertThat(updated.statusCode()).as(updated.bodyAsString()).isEqualTo(200);
    assertThat(updated.bodyAsJsonObject().getString("skype")).isEqualTo("ada.l");

    HttpResponse<Buffer> stale =
        await(
            client.put(ada)
                .putHeader("Content-Type", "application/json")
                .putHeader("If-Match", read.getHeader("ETag"))
                .sendBuffer(Buffer.buffer(body.encode())));
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(await(client.get(ada).send()).bodyAsJsonObject().getString("skype")).isEqualTo("ada.l");
  }

  @Test
  void reference_data_is_seeded_from_the_iso_lists() {
    JsonArray countries = await(client.get("/api/Country").send()).bodyAsJsonArray();
    assertThat(countries.size()).isGreaterThan(200);
    assertThat(countries.stream().map(c -> ((JsonObject) c).getString("code"))).contains("NO", "BE", "US");
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
