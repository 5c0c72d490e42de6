package io.roster.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A query string that cannot be decoded is a 400 in the dialect's error shape, never a 500. */
class MalformedQueryTest {
  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/User?%", "/api/SalesOrganization?%", "/api/User?$top=%zz"})
  void wello_answers_its_own_400(String path) {
    HttpResponse<Buffer> answer = server.get(path);

    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(400);
    JsonObject body = answer.bodyAsJsonObject();
    assertThat(body.getString("Message")).contains("query string");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/User?%zz", "/api/v1/User?$top=%"})
  void superoffice_answers_its_own_400(String path) {
    HttpResponse<Buffer> answer = server.get(path);

    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(400);
    JsonObject body = answer.bodyAsJsonObject();
    assertThat(body.getString("ErrorType")).isEqualTo("BadRequest");
    assertThat(body.getString("ErrorMessage")).contains("query string");
  }

  @Test
  void a_well_formed_escape_still_works() {
    assertThat(server.get("/api/v1/User?$top=%31").statusCode()).isEqualTo(200);
  }
}
