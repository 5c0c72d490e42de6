package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Roster servers on one PostgreSQL schema, as two instances behind a load balancer: a session
 * opened on one is used and ended on the other, a token from one is taken by the other, and failed
 * log-ons on both are counted together. PostgreSQL at 127.0.0.1:5432 (user postgres, database test;
 * ROSTER_TEST_PG_URL overrides); without it these tests are skipped, except under CI=true, where
 * they fail.
 */
class SeveralInstancesTest {
  private static final String PG_URL =
      System.getenv().getOrDefault("ROSTER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String PG_USER = "postgres";
  private static final String ADMIN_PASSWORD = "several instances' secret";
  private static final String GRACE = "grace.hopper@example.com";
  private static final String ALAN = "alan.turing@example.com";

  @TempDir static Path dataA;
  @TempDir static Path dataB;
  private static String schema;
  private static RosterApp a;
  private static RosterApp b;
  private static Vertx vertx;
  private static WebClient clientA;
  private static WebClient clientB;

  @BeforeAll
  static void start() {
    String name =
        "roster_instances_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("create schema " + name);
    schema = name;
    String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    a = RosterApp.start(settings(url, dataA), true);
    b = RosterApp.start(settings(url, dataB), false);
    vertx = Vertx.vertx();
    clientA = client(a);
    clientB = client(b);
  }

  private static Settings settings(String url, Path data) {
    return Settings.load(
        Map.of(
            "ROSTER_HTTP_PORT",
            "0",
            "ROSTER_DATA_DIR",
            data.toString(),
            "ROSTER_DB_URL",
            url,
            "ROSTER_DB_USER",
            PG_USER,
            "ROSTER_DB_POOL_SIZE",
            "4",
            "ROSTER_TOKEN_KEY",
            "one key for every instance, thirty-two characters or more",
            "ROSTER_ADMIN_PASSWORD",
            ADMIN_PASSWORD,
            "ROSTER_LOGIN_FAILURES_PER_ADDRESS",
            "10"),
        null);
  }

  private static WebClient client(RosterApp app) {
    return WebClient.create(
        vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(app.port()));
  }

  @AfterAll
  static void stop() {
    if (vertx != null) {
      clientA.close();
      clientB.close();
      await(vertx.close());
    }
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
    if (schema != null) {
      execute("drop schema " + schema + " cascade");
    }
  }

  @Test
  void a_session_opened_on_one_instance_is_used_on_the_other_and_ended_there_for_both() {
    HttpResponse<Buffer> opened = logOn(clientA, "/auth/session", GRACE, DemoData.PASSWORD);
    assertThat(opened.statusCode()).as(opened.bodyAsString()).isEqualTo(200);
    String ticket = opened.bodyAsJsonObject().getString("ticket");
    String xsrf = cookie(opened, "XSRF-TOKEN");
    String cookies = "roster_session=" + cookie(opened, "roster_session") + "; XSRF-TOKEN=" + xsrf;

    assertThat(status(clientB, HttpMethod.GET, "/api/User", "Authorization", "SoTicket " + ticket))
        .isEqualTo(200);
    assertThat(status(clientB, HttpMethod.GET, "/api/User", "Cookie", cookies)).isEqualTo(200);
    JsonObject trondheim = new JsonObject().put("code", "TRD").put("name", "Trondheim");
    assertThat(
            send(clientB, HttpMethod.POST, "/api/SalesOrganization", trondheim, "Cookie", cookies)
                .statusCode())
        .as("without the XSRF token")
        .isEqualTo(403);
    HttpResponse<Buffer> created =
        send(
            clientB,
            HttpMethod.POST,
            "/api/SalesOrganization",
            trondheim,
            "Cookie",
            cookies,
            "X-XSRF-TOKEN",
            xsrf);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);

    assertThat(keptTicketHashes()).contains(sha256(ticket)).doesNotContain(ticket);

    assertThat(
            status(
                clientB,
                HttpMethod.DELETE,
                "/auth/session",
                "Cookie",
                cookies,
                "X-XSRF-TOKEN",
                xsrf))
        .isEqualTo(204);
    assertThat(status(clientA, HttpMethod.GET, "/api/User", "Authorization", "SoTicket " + ticket))
        .isEqualTo(401);
    assertThat(status(clientA, HttpMethod.GET, "/api/User", "Cookie", cookies)).isEqualTo(401);
    assertThat(keptTicketHashes()).doesNotContain(sha256(ticket));
  }

  @Test
  void a_token_issued_by_one_instance_is_taken_by_the_other() {
    HttpResponse<Buffer> issued = logOn(clientA, "/auth/token", GRACE, DemoData.PASSWORD);
    assertThat(issued.statusCode()).as(issued.bodyAsString()).isEqualTo(200);
    String token = issued.bodyAsJsonObject().getString("access_token");

    assertThat(status(clientB, HttpMethod.GET, "/api/User", "Authorization", "Bearer " + token))
        .isEqualTo(200);
  }

  @Test
  void failures_for_a_user_name_on_both_instances_add_up_and_the_sixth_attempt_is_refused() {
    List<WebClient> instances = List.of(clientA, clientA, clientA, clientB, clientB);
    for (WebClient instance : instances) {
      assertThat(logOn(instance, "/auth/token", ALAN, "a wrong guess").statusCode()).isEqualTo(401);
    }

    HttpResponse<Buffer> sixth = logOn(clientA, "/auth/token", ALAN, DemoData.PASSWORD);
    assertThat(sixth.statusCode()).as("the right password too").isEqualTo(429);
    assertThat(sixth.getHeader("Retry-After")).isNotBlank();
    assertThat(logOn(clientB, "/auth/session", ALAN, DemoData.PASSWORD).statusCode())
        .isEqualTo(429);
  }

  @Test
  void failures_from_one_address_on_both_instances_add_up() {
    AuthenticateUseCase onA = a.useCases().authenticate();
    AuthenticateUseCase onB = b.useCases().authenticate();
    String office = "203.0.113.77";
    for (int i = 0; i < 10; i++) {
      AuthenticateUseCase instance = i % 2 == 0 ? onA : onB;
      String name = "guess-" + i + "@example.com";
      assertThat(catchThrowable(() -> instance.authenticate(name, "wrong", office)))
          .isInstanceOf(AuthenticationFailed.class);
    }

    assertThat(catchThrowable(() -> onA.authenticate("one more guess", "wrong", office)))
        .isInstanceOf(TooManyAttempts.class);
    assertThat(catchThrowable(() -> onB.authenticate("and another", "wrong", office)))
        .isInstanceOf(TooManyAttempts.class);
    assertThat(onB.authenticate("admin", ADMIN_PASSWORD, office).name()).isEqualTo("admin");
  }

  // requests

  private static HttpResponse<Buffer> logOn(
      WebClient client, String path, String username, String password) {
    return await(
        client
            .post(path)
            .sendJsonObject(new JsonObject().put("username", username).put("password", password)));
  }

  private static int status(WebClient client, HttpMethod method, String path, String... headers) {
    return send(client, method, path, null, headers).statusCode();
  }

  private static HttpResponse<Buffer> send(
      WebClient client, HttpMethod method, String path, JsonObject body, String... headers) {
    HttpRequest<Buffer> request = client.request(method, path);
    for (int i = 0; i < headers.length; i += 2) {
      request.putHeader(headers[i], headers[i + 1]);
    }
    return await(body == null ? request.send() : request.sendJsonObject(body));
  }

  private static String cookie(HttpResponse<Buffer> response, String name) {
    return response.cookies().stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.cookies()));
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // the database

  private static List<String> keptTicketHashes() {
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select ticket_hash from " + schema + ".user_session")) {
      List<String> hashes = new ArrayList<>();
      while (rows.next()) {
        hashes.add(rows.getString(1));
      }
      return hashes;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI needs PostgreSQL at " + PG_URL + ": " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL at " + PG_URL + " (" + e.getMessage() + ")");
    }
  }
}
