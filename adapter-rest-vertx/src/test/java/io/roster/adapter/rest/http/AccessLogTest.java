package io.roster.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One access-log record per request, with its id, route, status and duration as fields. */
class AccessLogTest {
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
  private final Logger logger = Logger.getLogger("roster.http");
  private final TestServer server = new TestServer();

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stop() {
    logger.removeHandler(capture);
    server.close();
  }

  private Map<?, ?> fieldsOf(String requestId) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      for (LogRecord record : logged) {
        Object[] parameters = record.getParameters();
        if (parameters != null
            && parameters[parameters.length - 1] instanceof Map<?, ?> fields
            && requestId.equals(fields.get("requestId"))) {
          assertThat(record.getMessage()).isEqualTo("{0}");
          assertThat(parameters[0].toString()).startsWith(requestId + " ");
          return fields;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no access-log record for " + requestId + " in " + logged);
  }

  @Test
  void a_request_id_the_client_gives_is_echoed_and_logged_with_the_route_status_and_duration()
      throws InterruptedException {
    HttpResponse<Buffer> answer =
        server.send(HttpMethod.GET, "/api/v1/User/999999", Map.of("X-Request-Id", "abc-123"), null);

    assertThat(answer.getHeader("X-Request-Id")).isEqualTo("abc-123");
    Map<?, ?> fields = fieldsOf("abc-123");
    assertThat(fields.get("method")).isEqualTo("GET");
    assertThat(fields.get("path")).isEqualTo("/api/v1/User/999999");
    assertThat(fields.get("route")).isEqualTo("/api/v1/User/{id}");
    assertThat(fields.get("status")).isEqualTo(404);
    assertThat((Double) fields.get("durationMs")).isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void a_wello_item_is_logged_under_its_route_and_an_unusable_request_id_is_replaced()
      throws InterruptedException {
    HttpResponse<Buffer> answer =
        server.send(
            HttpMethod.GET,
            "/api/User(a5e40000-0000-4000-8000-000000000099)",
            Map.of("X-Request-Id", "<script> has spaces"),
            null);

    String id = answer.getHeader("X-Request-Id");
    assertThat(id).isNotEqualTo("<script> has spaces").matches("[0-9a-f-]{36}");
    Map<?, ?> fields = fieldsOf(id);
    assertThat(fields.get("route")).isEqualTo("/api/User({id})");
    assertThat(fields.get("status")).isEqualTo(404);
  }
}
