package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A JSON body that gives a property twice (perhaps in two cases: names ignore case) is a 400 naming
 * the property, in the client's terms: no Java type's name, and nothing changes.
 */
class SoDuplicatePropertyTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private HttpResponse<Buffer> before;

  @BeforeEach
  void aUser() {
    id = api.user("twice@example.test", "Twice");
    before = api.get("/api/v1/User/" + id);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private String put(String body) {
    HttpResponse<Buffer> refused = api.send(HttpMethod.PUT, "/api/v1/User/" + id, Map.of(), body);
    String message = SoApi.assertError(refused, 400);
    assertThat(refused.bodyAsString()).doesNotContain("io.roster").doesNotContain("`");
    HttpResponse<Buffer> after = api.get("/api/v1/User/" + id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
    return message;
  }

  @Test
  void a_top_level_property_given_again_at_the_end() {
    String user = before.bodyAsString();
    String body =
        user.substring(0, user.lastIndexOf('}')) + ",\"Person\":{\"Lastname\":\"Again\"}}";

    assertThat(put(body)).contains("Person").contains("is given more than once");
  }

  @Test
  void a_nested_property_given_again_in_another_case() {
    String user = before.bodyAsString();
    String end = "\"FieldProperties\":{}}],\"Role\"";
    assertThat(user).contains(end);
    int at = user.indexOf(end);
    String body =
        user.substring(0, at)
            + "\"FieldProperties\":{},\"DESCRIPTION\":\"again\"}],\"Role\""
            + user.substring(at + end.length());

    assertThat(put(body)).contains("LicenseOwners").contains("is given more than once");
  }
}
