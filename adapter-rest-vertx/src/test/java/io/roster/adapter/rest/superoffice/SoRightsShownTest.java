package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Role;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code TableRight} and {@code FieldProperties} say what the caller's writes are allowed to do.
 */
class SoRightsShownTest {
  private static final String MERGE = "application/merge-patch+json";
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  private HttpResponse<Buffer> as(
      String auth, HttpMethod method, String path, String contentType, String body) {
    return api.send(
        method,
        path,
        contentType == null
            ? Map.of("Authorization", auth)
            : Map.of("Authorization", auth, "Content-Type", contentType),
        body);
  }

  private static String mask(JsonObject user, String property) {
    return user.getJsonObject("FieldProperties")
        .getJsonObject(property)
        .getJsonObject("FieldRight")
        .getString("Mask");
  }

  @Test
  void a_user_manager_reading_a_privileged_user_is_shown_what_they_may_not_do_and_is_refused_it() {
    String manager = api.userWithRole("grace@example.test", Role.USER_MANAGER);
    api.userWithRole("hr@example.test", Role.HR);

    JsonObject shown =
        as(manager, HttpMethod.GET, "/api/v1/User/hr@example.test", null, null).bodyAsJsonObject();

    int hr = shown.getInteger("AssociateId");
    assertThat(shown.getJsonObject("TableRight").getString("Mask"))
        .isEqualTo("Select, Update, Insert");
    assertThat(mask(shown, "Deleted")).isEqualTo("Read");
    assertThat(mask(shown, "WaitingForApproval")).isEqualTo("Read");
    assertThat(mask(shown, "LicenseOwners")).isEqualTo("Read");
    assertThat(mask(shown, "Role")).isEqualTo("None");
    assertThat(mask(shown, "Credentials")).isEqualTo("None");
    assertThat(mask(shown, "Tooltip")).isEqualTo("Read, Write");

    assertThat(as(manager, HttpMethod.DELETE, "/api/v1/User/" + hr, null, null).statusCode())
        .isEqualTo(403);
    assertThat(
            as(
                    manager,
                    HttpMethod.PATCH,
                    "/api/v1/User/" + hr,
                    MERGE,
                    "{\"WaitingForApproval\": true}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            as(manager, HttpMethod.PATCH, "/api/v1/User/" + hr, MERGE, "{\"Tooltip\": \"allowed\"}")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_user_manager_reading_an_ordinary_user_is_shown_the_writes_they_may_make() {
    String manager = api.userWithRole("grace@example.test", Role.USER_MANAGER);
    int id = api.user("plain@example.test", "Plain");

    JsonObject shown =
        as(manager, HttpMethod.GET, "/api/v1/User/" + id, null, null).bodyAsJsonObject();

    assertThat(shown.getJsonObject("TableRight").getString("Mask"))
        .isEqualTo("Select, Update, Insert, Delete");
    assertThat(mask(shown, "Deleted")).isEqualTo("Read, Write");
    assertThat(mask(shown, "Credentials")).isEqualTo("Write");
    assertThat(
            as(
                    manager,
                    HttpMethod.PATCH,
                    "/api/v1/User/" + id,
                    MERGE,
                    "{\"WaitingForApproval\": true}")
                .statusCode())
        .isEqualTo(200);
    assertThat(as(manager, HttpMethod.DELETE, "/api/v1/User/" + id, null, null).statusCode())
        .isEqualTo(204);
  }

  @Test
  void a_standard_user_reading_a_colleague_is_shown_nothing_writable() {
    String standard = api.userWithRole("standard@example.test", Role.STANDARD);
    int id = api.user("colleague@example.test", "Colleague");

    JsonObject shown =
        as(standard, HttpMethod.GET, "/api/v1/User/" + id, null, null).bodyAsJsonObject();

    assertThat(shown.getJsonObject("TableRight").getString("Mask")).isEqualTo("Select");
    shown
        .getJsonObject("FieldProperties")
        .forEach(
            entry ->
                assertThat(
                        ((JsonObject) entry.getValue())
                            .getJsonObject("FieldRight")
                            .getString("Mask"))
                    .as(entry.getKey())
                    .doesNotContain("Write"));
    assertThat(
            as(
                    standard,
                    HttpMethod.PATCH,
                    "/api/v1/User/" + id,
                    MERGE,
                    "{\"Person\": {\"Phone\": \"1\"}}")
                .statusCode())
        .isEqualTo(403);
  }
}
