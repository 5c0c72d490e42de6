package io.roster.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A form the HTTP layer cannot decode (a field without a name) is the caller's error: 400 in each
 * route's own error shape, never a 500, and nothing changes.
 */
class UnreadableBodiesTest {
  private static final Map<String, String> FORM =
      Map.of("Content-Type", "application/x-www-form-urlencoded");
  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void superoffice() {
    String before = server.get("/api/v1/User").bodyAsString();

    HttpResponse<Buffer> response = server.send(HttpMethod.POST, "/api/v1/User", FORM, "=x");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    assertThat(response.bodyAsJsonObject().getString("ErrorMessage"))
        .isEqualTo("The request body is not well-formed application/x-www-form-urlencoded.");
    assertThat(server.get("/api/v1/User").bodyAsString()).isEqualTo(before);
  }

  @Test
  void wello() {
    HttpResponse<Buffer> response = server.send(HttpMethod.POST, "/api/User", FORM, "=x");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    assertThat(response.bodyAsJsonObject().getString("Message"))
        .isEqualTo("The request body is not well-formed application/x-www-form-urlencoded.");
  }

  @Test
  void oauth2_token() {
    HttpResponse<Buffer> response =
        server.sendAnonymous(HttpMethod.POST, "/auth/token", FORM, "=x&grant_type=password");

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo("invalid_request");
  }
}
