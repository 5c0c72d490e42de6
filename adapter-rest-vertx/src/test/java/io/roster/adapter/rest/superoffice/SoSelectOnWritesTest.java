package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write whose {@code $select} names a property a User does not have is a 400 that changes
 * nothing: the {@code $select} is checked before the user is written, not when the answer is.
 */
class SoSelectOnWritesTest {
  private static final String UNKNOWN = "?$select=UserName,ShoeSize";

  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private HttpResponse<Buffer> before;

  @BeforeEach
  void aUser() {
    id = api.user("select@example.test", "Select");
    before = api.get("/api/v1/User/" + id);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private void assertUnchanged() {
    HttpResponse<Buffer> after = api.get("/api/v1/User/" + id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
    assertThat(server.ports.auditLog().history("User", userId())).hasSize(1);
  }

  private String userId() {
    return server.ports.users().findByUsername("select@example.test").orElseThrow().id().toString();
  }

  @Test
  void a_put_is_refused_before_the_user_is_written() {
    JsonObject changed = before.bodyAsJsonObject().copy().put("Tooltip", "changed");

    HttpResponse<Buffer> put =
        api.send(HttpMethod.PUT, "/api/v1/User/" + id + UNKNOWN, Map.of(), changed.encode());

    assertThat(SoApi.assertError(put, 400)).contains("$select").contains("shoesize");
    assertUnchanged();
  }

  @Test
  void a_patch_is_refused_before_the_user_is_written() {
    HttpResponse<Buffer> patched =
        api.send(
            HttpMethod.PATCH,
            "/api/v1/User/" + id + UNKNOWN,
            Map.of("Content-Type", "application/merge-patch+json"),
            "{\"Tooltip\": \"changed\"}");

    assertThat(SoApi.assertError(patched, 400)).contains("shoesize");
    assertUnchanged();
  }

  @Test
  void a_post_creates_no_user() {
    HttpResponse<Buffer> created =
        api.send(
            HttpMethod.POST,
            "/api/v1/User" + UNKNOWN,
            Map.of(),
            SoApi.newUser("unselected@example.test", "Unselected").encode());

    assertThat(SoApi.assertError(created, 400)).contains("shoesize");
    assertThat(api.get("/api/v1/User/unselected@example.test").statusCode()).isEqualTo(404);
  }

  @Test
  void a_known_select_still_shapes_the_answer_of_a_write() {
    JsonObject changed = before.bodyAsJsonObject().copy().put("Tooltip", "changed");

    HttpResponse<Buffer> put =
        api.send(
            HttpMethod.PUT, "/api/v1/User/" + id + "?$select=Tooltip", Map.of(), changed.encode());

    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    assertThat(put.bodyAsJsonObject().getString("Tooltip")).isEqualTo("changed");
    assertThat(put.bodyAsJsonObject().getValue("UserName")).isNull();
  }
}
