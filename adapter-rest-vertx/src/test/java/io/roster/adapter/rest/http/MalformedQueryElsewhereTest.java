package io.roster.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A query string that cannot be decoded on a path outside the dialects and the log-on routes (the
 * health routes, a path no route has) is a 400 with a message, not Vert.x's plain-text 500.
 */
class MalformedQueryElsewhereTest {
  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /health/live?x=%zz",
    "GET, /health/ready?%",
    "POST, /health/live?x=%G0",
    "DELETE, /health/live?x=%2",
    "GET, /?%z",
    "OPTIONS, /no/such/path?%zz"
  })
  void is_a_400_with_a_message(String method, String path) {
    HttpResponse<Buffer> answer =
        server.sendAnonymous(HttpMethod.valueOf(method), path, Map.of(), null);

    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(400);
    assertThat(answer.getHeader("Content-Type")).startsWith("application/json");
    assertThat(answer.bodyAsJsonObject().getString("Message"))
        .contains("query string")
        .contains("hexadecimal");
    assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
