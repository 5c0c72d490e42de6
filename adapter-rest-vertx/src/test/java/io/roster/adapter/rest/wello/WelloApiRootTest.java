package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api} itself, which every API path is under, is the Wello dialect's: without valid
 * credentials a 401 in its shape (not Vert.x's plain-text 500), with them a 404.
 */
class WelloApiRootTest {
  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/API", "/api?x=1"})
  void without_credentials_it_is_a_401(String path) {
    HttpResponse<Buffer> answer = server.sendAnonymous(HttpMethod.GET, path, Map.of(), null);

    WelloApi.assertMessage(answer, 401);
    assertThat(answer.getHeader("WWW-Authenticate")).isNotBlank();
  }

  @Test
  void with_wrong_credentials_it_is_a_401() {
    HttpResponse<Buffer> answer =
        server.send(HttpMethod.PUT, "/api", Map.of("Authorization", "Bearer not-a-token"), "{}");

    WelloApi.assertMessage(answer, 401);
  }

  @Test
  void with_valid_credentials_it_is_a_404() {
    WelloApi.assertMessage(server.get("/api"), 404);
    assertThat(server.send(HttpMethod.HEAD, "/api", Map.of(), null).statusCode()).isEqualTo(404);
  }
}
