package io.roster.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever a request carries, no log line holds a password, a token, a session ticket or an HR
 * value: every record of every logger, at every level, with its parameters and failure, is searched
 * after a session of log-ons, writes, refusals and a password change.
 */
class NoSecretsInLogsTest {
  private static final String HR_VALUE = "HR-4711-SOCIAL";
  private static final String BANK = "HR-0815-BANK";
  private static final String WRONG_PASSWORD = "wrong-password-7781";
  private static final String NEW_PASSWORD = "a brand new password 9932";

  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger root = Logger.getLogger("");
  private Level rootLevel;
  private TestServer server;

  @BeforeEach
  void listen() {
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
    root.removeHandler(capture);
    root.setLevel(rootLevel);
  }

  @Test
  void no_log_line_holds_a_password_token_ticket_or_hr_value() throws InterruptedException {
    String token =
        server
            .sendAnonymous(
                HttpMethod.POST,
                "/auth/token",
                Map.of("Content-Type", "application/json"),
                new JsonObject()
                    .put("username", TestServer.ADMIN)
                    .put("password", TestServer.ADMIN_PASSWORD)
                    .encode())
            .bodyAsJsonObject()
            .getString("access_token");
    String ticket =
        server
            .sendAnonymous(
                HttpMethod.POST,
                "/auth/session",
                Map.of(
                    "Authorization", TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD)),
                null)
            .bodyAsJsonObject()
            .getString("ticket");
    assertThat(
            server
                .send(HttpMethod.GET, "/api/User", Map.of("Authorization", "Bearer " + token), null)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            server
                .send(
                    HttpMethod.GET,
                    "/api/v1/User",
                    Map.of("Authorization", "SoTicket " + ticket),
                    null)
                .statusCode())
        .isEqualTo(200);
    server.sendAnonymous(
        HttpMethod.GET,
        "/api/User",
        Map.of("Authorization", TestServer.basic(TestServer.ADMIN, WRONG_PASSWORD)),
        null);

    server.post("/api/SalesOrganization", new JsonObject().put("code", "OSL").put("name", "Oslo"));
    JsonObject ada =
        new JsonObject()
            .put("username", "ada@example.test")
            .put("lastname", "Lovelace")
            .put("email", "ada@example.test")
            .put("sales_organization_code", "OSL")
            .put("social_security", HR_VALUE)
            .put("bankaccount", BANK);
    HttpResponse<Buffer> created = server.post("/api/User", ada);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    HttpResponse<Buffer> refused =
        server.post("/api/User", ada.copy().put("bankaccount", BANK.repeat(100)));
    assertThat(refused.statusCode()).isIn(400, 409);
    HttpResponse<Buffer> changed =
        server.send(
            HttpMethod.PUT,
            "/auth/password",
            Map.of("Content-Type", "application/json"),
            new JsonObject()
                .put("current_password", TestServer.ADMIN_PASSWORD)
                .put("new_password", NEW_PASSWORD)
                .encode());
    assertThat(changed.statusCode()).isEqualTo(204);

    Thread.sleep(200); // access-log lines are written as answers end
    assertThat(logged).isNotEmpty();
    for (LogRecord record : logged) {
      String line = text(record);
      assertThat(line)
          .as("log record of %s", record.getLoggerName())
          .doesNotContain(
              TestServer.ADMIN_PASSWORD,
              WRONG_PASSWORD,
              NEW_PASSWORD,
              token,
              ticket,
              HR_VALUE,
              BANK);
    }
  }

  /** Everything a log format could write of {@code record}. */
  private static String text(LogRecord record) {
    StringBuilder text = new StringBuilder(new SimpleFormatter().format(record));
    if (record.getParameters() != null) {
      text.append(Arrays.deepToString(record.getParameters()));
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      text.append(trace);
    }
    return text.toString();
  }
}
