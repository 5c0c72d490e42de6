package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A patch body that goes on after its JSON value is a 400 that says so in the client's terms (no
 * Jackson class or setting named), and changes nothing.
 */
class SoPatchBodyTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private HttpResponse<Buffer> before;

  @BeforeEach
  void aUser() {
    id = api.user("patched@example.test", "Patched");
    before = api.get("/api/v1/User/" + id);
  }

  @AfterEach
  void close() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json-patch+json", "application/merge-patch+json"})
  void content_after_the_patch_is_a_400(String type) {
    String patch =
        type.startsWith("application/json-patch")
            ? "[{\"op\": \"replace\", \"path\": \"/Tooltip\", \"value\": \"changed\"}] null"
            : "{\"Tooltip\": \"changed\"} []";

    HttpResponse<Buffer> refused =
        api.send(HttpMethod.PATCH, "/api/v1/User/" + id, Map.of("Content-Type", type), patch);

    assertThat(SoApi.assertError(refused, 400))
        .startsWith("The PATCH body is not valid JSON")
        .contains("goes on after the end of its JSON value");
    assertThat(refused.bodyAsString())
        .doesNotContain("com.fasterxml")
        .doesNotContain("DeserializationFeature");
    HttpResponse<Buffer> after = api.get("/api/v1/User/" + id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
  }
}
