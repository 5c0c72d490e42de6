package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WelloUserRoutesTest {
  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  private JsonObject organization() {
    HttpResponse<Buffer> created =
        server.post(
            "/api/SalesOrganization", new JsonObject().put("code", "OSL").put("name", "Oslo"));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return created.bodyAsJsonObject();
  }

  @Test
  void a_user_is_created_read_and_updated() {
    organization();
    JsonObject ada =
        new JsonObject()
            .put("username", "ada@example.test")
            .put("lastname", "Lovelace")
            .put("email", "ada@example.test")
            .put("sales_organization_code", "OSL")
            .put("udf7", "blue")
            .put("allow_hero_app", true);

    HttpResponse<Buffer> created = server.post("/api/User", ada);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    String id = created.bodyAsJsonObject().getString("id");
    assertThat(created.getHeader("Location")).isEqualTo("/api/User(" + id + ")");

    HttpResponse<Buffer> read = server.get("/API/user(" + id + ")");
    assertThat(read.statusCode()).isEqualTo(200);
    JsonObject body = read.bodyAsJsonObject();
    assertThat(body.getString("lastname")).isEqualTo("Lovelace");
    assertThat(body.getString("udf7")).isEqualTo("blue");
    assertThat(body.getBoolean("allow_hero_app")).isTrue();
    assertThat(body.getString("sales_organization_code")).isEqualTo("OSL");
    assertThat(read.getHeader("ETag")).isEqualTo("\"1\"");

    HttpResponse<Buffer> updated =
        server.put("/api/User/" + id, body.copy().put("firstname", "Ada"));
    assertThat(updated.statusCode()).as(updated.bodyAsString()).isEqualTo(200);
    assertThat(updated.bodyAsJsonObject().getString("firstname")).isEqualTo("Ada");
    assertThat(updated.getHeader("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void a_username_and_a_code_are_kept_without_surrounding_spaces_in_the_case_sent() {
    organization();

    HttpResponse<Buffer> created =
        server.post(
            "/api/User",
            new JsonObject()
                .put("username", "  Grace.Hopper@Example.test ")
                .put("code", " ERP-7\t")
                .put("lastname", "Hopper")
                .put("email", "grace@example.test")
                .put("sales_organization_code", "OSL"));

    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    JsonObject read =
        server
            .get("/api/User(" + created.bodyAsJsonObject().getString("id") + ")")
            .bodyAsJsonObject();
    assertThat(read.getString("username")).isEqualTo("Grace.Hopper@Example.test");
    assertThat(read.getString("code")).isEqualTo("ERP-7");
  }

  @Test
  void a_missing_lastname_is_a_model_state_error() {
    organization();
    HttpResponse<Buffer> response =
        server.post(
            "/api/User",
            new JsonObject()
                .put("username", "x")
                .put("email", "x@y.z")
                .put("sales_organization_code", "OSL"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.bodyAsJsonObject().getString("Message"))
        .isEqualTo("The request is invalid.");
    assertThat(
            response
                .bodyAsJsonObject()
                .getJsonObject("ModelState")
                .getJsonArray("user.lastname")
                .getString(0))
        .isEqualTo("is required");
  }
}
