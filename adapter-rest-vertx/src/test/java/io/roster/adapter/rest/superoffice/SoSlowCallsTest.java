package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.RestSettings;
import io.roster.adapter.rest.TestServer;
import io.roster.application.Ports;
import io.roster.application.port.out.PasswordHasher;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The slow-call log on the SuperOffice routes, with the server's threshold. */
class SoSlowCallsTest {
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(new java.util.logging.SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger logger = Logger.getLogger(SlowCalls.LOGGER);

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stop() {
    logger.removeHandler(capture);
  }

  @Test
  void with_a_zero_threshold_every_superoffice_call_is_logged_and_no_other()
      throws InterruptedException {
    try (TestServer server = new TestServer(RestSettings.DEFAULT_BODY_LIMIT, Duration.ZERO)) {
      assertThat(server.get("/api/v1/User").statusCode()).isEqualTo(200);
      assertThat(server.get("/api/User").statusCode()).isEqualTo(200);

      waitFor(1);
      assertThat(logged).hasSize(1);
      assertThat(logged.get(0))
          .startsWith("slow call: GET /api/v1/User took ")
          .endsWith("(threshold 0 ms)");
    }
  }

  @Test
  void a_call_is_logged_under_its_route_whatever_the_id_the_case_or_the_outcome()
      throws InterruptedException {
    try (TestServer server = new TestServer(RestSettings.DEFAULT_BODY_LIMIT, Duration.ZERO)) {
      assertThat(server.get("/api/v1/user/" + TestServer.ADMIN).statusCode()).isEqualTo(200);
      assertThat(server.get("/API/V1/USER/999999").statusCode()).isEqualTo(404);
      assertThat(server.send(HttpMethod.POST, "/api/v1/User/7", Map.of(), null).statusCode())
          .isEqualTo(405);
      assertThat(server.get("/api/v1/User/default").statusCode()).isEqualTo(200);

      waitFor(4);
      assertThat(logged)
          .map(line -> line.replaceFirst(" took \\d+ ms \\(threshold 0 ms\\)$", ""))
          .containsExactlyInAnyOrder(
              "slow call: GET /api/v1/User/{id}",
              "slow call: GET /api/v1/User/{id}",
              "slow call: POST /api/v1/User/{id}",
              "slow call: GET /api/v1/User/default");
    }
  }

  /** The log is written when the response has ended, which may be just after the client has it. */
  private void waitFor(int records) throws InterruptedException {
    for (int i = 0; i < 200 && logged.size() < records; i++) {
      Thread.sleep(10);
    }
  }

  @Test
  void a_call_is_timed_from_its_arrival_so_a_slow_authentication_counts()
      throws InterruptedException {
    long authentication = 400;
    try (TestServer server =
        new TestServer(
            RestSettings.DEFAULT_BODY_LIMIT,
            Duration.ofMillis(300),
            ports -> withSlowPasswordChecks(ports, authentication))) {
      assertThat(server.get("/api/v1/User/" + TestServer.ADMIN).statusCode()).isEqualTo(200);

      waitFor(1);
      assertThat(logged)
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line)
                    .matches(
                        "slow call: GET /api/v1/User/\\{id} took \\d+ ms \\(threshold 300 ms\\)");
                assertThat(Long.parseLong(line.replaceAll(".* took (\\d+) ms.*", "$1")))
                    .isGreaterThanOrEqualTo(authentication);
              });
    }
  }

  /** {@code ports} whose password hasher takes {@code millis} longer to check a password. */
  private static Ports withSlowPasswordChecks(Ports ports, long millis) {
    PasswordHasher hasher = ports.passwordHasher();
    PasswordHasher slow =
        new PasswordHasher() {
          @Override
          public String hash(String secret) {
            return hasher.hash(secret);
          }

          @Override
          public boolean matches(String secret, String hash) {
            try {
              Thread.sleep(millis);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return hasher.matches(secret, hash);
          }
        };
    return new Ports(
        ports.unitOfWork(),
        ports.users(),
        ports.salesOrganizations(),
        ports.referenceData(),
        ports.auditLog(),
        slow,
        ports.clock(),
        ports.sessions(),
        ports.loginFailures());
  }

  @Test
  void with_the_default_threshold_a_quick_call_is_not_logged() throws InterruptedException {
    try (TestServer server = new TestServer()) {
      assertThat(server.get("/api/v1/User").statusCode()).isEqualTo(200);
      Thread.sleep(100);

      assertThat(logged).isEmpty();
    }
  }
}
