package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Prefer: handling=strict}: a property a User does not have is a 400 naming its path, at any
 * depth and in every body format; without it, such properties are ignored.
 */
class SoStrictTest {
  private static final Map<String, String> STRICT = Map.of("Prefer", "handling=strict");
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private JsonObject before;

  @BeforeEach
  void a_user() {
    id = api.user("strict@example.test", "Strict");
    before = api.read(id);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private HttpResponse<Buffer> send(HttpMethod method, String path, String type, String body) {
    return api.send(method, path, Map.of("Prefer", "handling=strict", "Content-Type", type), body);
  }

  @Test
  void a_nested_unknown_property_in_json_is_a_400_naming_its_path() {
    JsonObject body = before.copy();
    body.getJsonObject("Person").put("Shoe", 1);
    body.put(
        "OtherGroups", new JsonArray().add(new JsonObject().put("Id", 601).put("Colour", "red")));

    String message =
        SoApi.assertError(
            api.send(HttpMethod.PUT, "/api/v1/User/" + id, STRICT, body.encode()), 400);

    assertThat(message).contains("Person.Shoe").contains("OtherGroups[0].Colour");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void a_post_with_a_nested_unknown_property_creates_nothing() {
    JsonObject body = SoApi.newUser("new@example.test", "New");
    body.getJsonObject("Person").put("Shoe", 1);

    String message =
        SoApi.assertError(api.send(HttpMethod.POST, "/api/v1/User", STRICT, body.encode()), 400);

    assertThat(message).contains("Person.Shoe");
    assertThat(api.get("/api/v1/User/new@example.test").statusCode()).isEqualTo(404);
  }

  @Test
  void without_strict_a_nested_unknown_property_is_ignored() {
    JsonObject body = before.copy().put("Tooltip", "saved");
    body.getJsonObject("Person").put("Shoe", 1);

    assertThat(api.put(id, body).statusCode()).isEqualTo(200);
    assertThat(api.read(id).getString("Tooltip")).isEqualTo("saved");
  }

  @Test
  void a_merge_patch_adding_a_nested_unknown_property_is_a_400() {
    String message =
        SoApi.assertError(
            send(
                HttpMethod.PATCH,
                "/api/v1/User/" + id,
                "application/merge-patch+json",
                "{\"Person\": {\"Shoe\": 1}}"),
            400);

    assertThat(message).contains("Person.Shoe");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void xml_and_form_bodies_are_checked_alike() {
    String xml =
        "<User><UserName>strict@example.test</UserName><Person><Lastname>Strict</Lastname>"
            + "<Email>strict@example.test</Email><Shoe>1</Shoe></Person></User>";
    assertThat(
            SoApi.assertError(
                send(HttpMethod.PUT, "/api/v1/User/" + id, "application/xml", xml), 400))
        .contains("Person.Shoe");

    String form =
        "UserName=strict%40example.test&Person.Lastname=Strict&Person.Email=strict%40example.test&Person.Shoe=1";
    assertThat(
            SoApi.assertError(
                send(
                    HttpMethod.PUT,
                    "/api/v1/User/" + id,
                    "application/x-www-form-urlencoded",
                    form),
                400))
        .contains("Person.Shoe");
    assertThat(api.read(id)).isEqualTo(before);
  }

  @Test
  void what_a_client_sends_back_inside_read_only_members_is_not_refused() {
    JsonObject body = before.copy().put("Tooltip", "kept");
    body.getJsonObject("TableRight").put("Extra", 1);

    HttpResponse<Buffer> response =
        api.send(HttpMethod.PUT, "/api/v1/User/" + id, STRICT, body.encode());

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
  }
}
