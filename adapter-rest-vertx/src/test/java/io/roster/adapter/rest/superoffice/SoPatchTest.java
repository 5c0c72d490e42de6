package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.domain.reference.ReferenceKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PATCH /api/v1/User/{id} (JSON Patch and merge patch) and the conditions of a change. */
class SoPatchTest {
  private static final String JSON_PATCH = "application/json-patch+json";
  private static final String MERGE_PATCH = "application/merge-patch+json";

  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  private HttpResponse<Buffer> patch(
      int id, String type, String body, Map<String, String> headers) {
    Map<String, String> all = new java.util.LinkedHashMap<>(headers);
    all.put("Content-Type", type);
    return api.send(HttpMethod.PATCH, "/api/v1/User/" + id, all, body);
  }

  private HttpResponse<Buffer> patch(int id, String type, String body) {
    return patch(id, type, body, Map.of());
  }

  @Test
  void a_json_patch_replaces_a_property_and_the_answer_is_the_saved_user() {
    int id = api.user("replace@example.test", "Replace");

    HttpResponse<Buffer> patched =
        patch(
            id,
            JSON_PATCH,
            new JsonArray()
                .add(op("replace", "/Tooltip").put("value", "patched"))
                .add(op("replace", "/person/lastname").put("value", "Renamed"))
                .encode());

    assertThat(patched.statusCode()).as(patched.bodyAsString()).isEqualTo(200);
    JsonObject after = api.read(id);
    assertThat(patched.bodyAsJsonObject()).isEqualTo(after);
    assertThat(after.getString("Tooltip")).isEqualTo("patched");
    assertThat(after.getJsonObject("Person").getString("Lastname")).isEqualTo("Renamed");
    assertThat(patched.getHeader("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void a_json_patch_adds_to_a_list_with_a_dash_and_removes() {
    int id = api.user("list@example.test", "List");
    int group = api.number(ReferenceKind.USER_GROUP, 1);

    HttpResponse<Buffer> added =
        patch(
            id,
            JSON_PATCH,
            new JsonArray()
                .add(op("add", "/OtherGroups/-").put("value", new JsonObject().put("Id", group)))
                .add(op("replace", "/Tooltip").put("value", "to go"))
                .encode());

    assertThat(added.statusCode()).as(added.bodyAsString()).isEqualTo(200);
    assertThat(api.read(id).getJsonArray("OtherGroups").getJsonObject(0).getInteger("Id"))
        .isEqualTo(group);

    HttpResponse<Buffer> removed =
        patch(
            id,
            JSON_PATCH,
            new JsonArray()
                .add(op("remove", "/OtherGroups/0"))
                .add(op("remove", "/Tooltip"))
                .encode());

    assertThat(removed.statusCode()).as(removed.bodyAsString()).isEqualTo(200);
    JsonObject after = api.read(id);
    assertThat(after.getJsonArray("OtherGroups")).isEmpty();
    assertThat(after.getString("Tooltip")).isNull();
  }

  @Test
  void a_failed_test_is_a_409_and_nothing_changes() {
    int id = api.user("test@example.test", "Tested");
    JsonObject before = api.read(id);

    HttpResponse<Buffer> failed =
        patch(
            id,
            JSON_PATCH,
            new JsonArray()
                .add(op("replace", "/Tooltip").put("value", "never"))
                .add(op("test", "/Person/Lastname").put("value", "Other"))
                .encode());

    assertThat(SoApi.assertError(failed, 409)).contains("test").contains("/Person/Lastname");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void an_invalid_patch_is_a_400_naming_the_operation() {
    int id = api.user("invalid@example.test", "Invalid");
    JsonObject before = api.read(id);

    String message =
        SoApi.assertError(
            patch(
                id,
                JSON_PATCH,
                new JsonArray().add(op("jump", "/Tooltip").put("value", "x")).encode()),
            400);
    assertThat(message).contains("jump");
    assertThat(
            SoApi.assertError(
                patch(id, JSON_PATCH, new JsonArray().add(op("remove", "/Nothing")).encode()), 400))
        .contains("remove /Nothing");
    assertThat(SoApi.assertError(patch(id, MERGE_PATCH, "[1]"), 400)).contains("merge patch");
    assertThat(api.read(id)).isEqualTo(before);
  }

  /**
   * {@code -} names the place after an array's last element: a place to add at, not an element to
   * replace, remove, test, copy or move. Such a patch is a 400 naming the operation, in the
   * dialect's error shape, and changes nothing (not even its earlier operations).
   */
  @Test
  void a_dash_is_only_a_place_to_add_at_anything_else_is_a_400_naming_the_operation() {
    int id = api.user("dash@example.test", "Dash");
    JsonObject group = new JsonObject().put("Id", api.number(ReferenceKind.USER_GROUP, 1));
    HttpResponse<Buffer> added =
        patch(
            id,
            JSON_PATCH,
            new JsonArray().add(op("add", "/OtherGroups/-").put("value", group)).encode());
    assertThat(added.statusCode()).as(added.bodyAsString()).isEqualTo(200);
    HttpResponse<Buffer> before = api.get("/api/v1/User/" + id);

    for (JsonObject operation :
        List.of(
            op("replace", "/OtherGroups/-").put("value", group),
            op("remove", "/OtherGroups/-"),
            op("test", "/OtherGroups/-").put("value", group),
            op("copy", "/Tooltip").put("from", "/OtherGroups/-"),
            op("move", "/Tooltip").put("from", "/OtherGroups/-"))) {
      HttpResponse<Buffer> refused =
          patch(
              id,
              JSON_PATCH,
              new JsonArray()
                  .add(op("replace", "/Tooltip").put("value", "never"))
                  .add(operation)
                  .encode());

      assertThat(SoApi.assertError(refused, 400))
          .as(operation.encode())
          .contains(
              "Operation 1 (" + operation.getString("op") + " " + operation.getString("path") + ")")
          .contains("'-'");
      assertThat(refused.bodyAsJsonObject().getString("ErrorType")).isEqualTo("BadRequest");
    }
    HttpResponse<Buffer> after = api.get("/api/v1/User/" + id);
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
  }

  /**
   * Each copy of {@code /Person} into itself doubles the user: the patch is refused (400, naming
   * the operation) at the first copy that would make it larger than a patched user may be, before
   * it is made, and nothing changes.
   */
  @Test
  void a_self_copying_patch_is_a_400_naming_the_operation_and_changes_nothing() {
    int id = api.user("copies@example.test", "Copies");
    HttpResponse<Buffer> before = api.get("/api/v1/User/" + id);
    JsonArray copies = new JsonArray();
    for (int i = 0; i < 24; i++) {
      copies.add(op("copy", "/Person/p" + i).put("from", "/Person"));
    }

    HttpResponse<Buffer> refused = patch(id, JSON_PATCH, copies.encode());

    assertThat(SoApi.assertError(refused, 400))
        .containsPattern("Operation (\\d+) \\(copy /Person/p\\1\\)")
        .contains("larger than");
    HttpResponse<Buffer> after = api.get("/api/v1/User/" + id);
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
  }

  @Test
  void a_merge_patch_changes_the_persons_last_name_and_keeps_the_rest() {
    int id = api.user("merge@example.test", "Merge");
    JsonObject before = api.read(id);

    HttpResponse<Buffer> patched =
        patch(id, MERGE_PATCH, "{\"Person\": {\"Lastname\": \"Merged\"}}");

    assertThat(patched.statusCode()).as(patched.bodyAsString()).isEqualTo(200);
    JsonObject after = api.read(id);
    assertThat(after.getJsonObject("Person").getString("Lastname")).isEqualTo("Merged");
    assertThat(after.getJsonObject("Person").getString("Email")).isEqualTo("merge@example.test");
    assertThat(after.getString("UserName")).isEqualTo(before.getString("UserName"));
  }

  @Test
  void a_stale_if_match_is_a_412_and_nothing_changes() {
    int id = api.user("stale@example.test", "Stale");
    api.put(id, api.read(id).put("Tooltip", "changed meanwhile"));
    JsonObject before = api.read(id);

    HttpResponse<Buffer> stale =
        patch(id, MERGE_PATCH, "{\"Tooltip\": \"late\"}", Map.of("If-Match", "\"1\""));

    SoApi.assertError(stale, 412);
    assertThat(api.read(id)).isEqualTo(before);
    assertThat(
            patch(id, MERGE_PATCH, "{\"Tooltip\": \"on time\"}", Map.of("If-Match", "\"2\""))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_stale_if_unmodified_since_is_a_412_on_patch_put_and_delete() {
    int id = api.user("since@example.test", "Since");
    JsonObject before = api.read(id);
    String past =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusDays(1));
    String future =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusDays(1));
    Map<String, String> stale = Map.of("If-Unmodified-Since", past);

    SoApi.assertError(patch(id, MERGE_PATCH, "{\"Tooltip\": \"late\"}", stale), 412);
    SoApi.assertError(
        api.send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            stale,
            before.copy().put("Tooltip", "late").encode()),
        412);
    SoApi.assertError(api.send(HttpMethod.DELETE, "/api/v1/User/" + id, stale, null), 412);
    assertThat(api.read(id)).isEqualTo(before);

    HttpResponse<Buffer> fresh =
        patch(id, MERGE_PATCH, "{\"Tooltip\": \"on time\"}", Map.of("If-Unmodified-Since", future));
    assertThat(fresh.statusCode()).as(fresh.bodyAsString()).isEqualTo(200);
    assertThat(
            api.send(
                    HttpMethod.DELETE,
                    "/api/v1/User/" + id,
                    Map.of("If-Unmodified-Since", future),
                    null)
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void another_content_type_is_a_415() {
    int id = api.user("type@example.test", "Type");
    JsonObject before = api.read(id);

    assertThat(SoApi.assertError(patch(id, "application/json", "{\"Tooltip\": \"x\"}"), 415))
        .contains(MERGE_PATCH);
    assertThat(api.read(id)).isEqualTo(before);
  }

  private static JsonObject op(String op, String path) {
    return new JsonObject().put("op", op).put("path", path);
  }
}
