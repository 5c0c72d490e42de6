package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Wello routes as a client sees them, over a {@link TestServer}: fixtures and assertions. */
final class WelloApi {
  static final String INVALID = "The request is invalid.";

  final TestServer server;

  WelloApi(TestServer server) {
    this.server = server;
  }

  // fixtures

  /** A new sales organization; its body as the server answered. */
  JsonObject organization(String code, String name) {
    HttpResponse<Buffer> created =
        server.post("/api/SalesOrganization", new JsonObject().put("code", code).put("name", name));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return created.bodyAsJsonObject();
  }

  /**
   * A new user with the required fields only, in the organization with {@code organizationCode}.
   */
  JsonObject user(String username, String lastname, String organizationCode) {
    return user(
        new JsonObject()
            .put("username", username)
            .put("lastname", lastname)
            .put("email", username.contains("@") ? username : username + "@example.test")
            .put("sales_organization_code", organizationCode));
  }

  JsonObject user(JsonObject body) {
    HttpResponse<Buffer> created = server.post("/api/User", body);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return created.bodyAsJsonObject();
  }

  /**
   * The id of the entry with {@code code} in a reference list ({@code Country}, {@code
   * Language}...).
   */
  String referenceId(String list, String code) {
    JsonArray items = okArray(server.get("/api/" + list));
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.getJsonObject(i);
      if (code.equals(item.getString("code"))) {
        return item.getString("id");
      }
    }
    throw new AssertionError("no " + list + " has the code " + code + ": " + items.encode());
  }

  // requests

  HttpResponse<Buffer> getUser(String id) {
    return server.get("/api/User(" + id + ")");
  }

  /** The user as GET shows it now (which must succeed). */
  JsonObject readUser(String id) {
    return ok(getUser(id));
  }

  HttpResponse<Buffer> putUser(String id, JsonObject body, String... headerPairs) {
    return send(HttpMethod.PUT, "/api/User(" + id + ")", body.encode(), headerPairs);
  }

  Future<HttpResponse<Buffer>> putUserAsync(String id, JsonObject body, String... headerPairs) {
    return server.sendAsync(
        HttpMethod.PUT, "/api/User(" + id + ")", jsonHeaders(headerPairs), body.encode());
  }

  /**
   * A request with a JSON Content-Type, unless {@code headerPairs} (name, value, ...) says
   * otherwise.
   */
  HttpResponse<Buffer> send(HttpMethod method, String path, String body, String... headerPairs) {
    return server.send(method, path, jsonHeaders(headerPairs), body);
  }

  private static Map<String, String> jsonHeaders(String... headerPairs) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.put(headerPairs[i], headerPairs[i + 1]);
    }
    return headers;
  }

  // assertions

  static JsonObject ok(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  static JsonArray okArray(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonArray();
  }

  /**
   * A 400 in the ASP.NET Web API shape whose ModelState names each of {@code keys}, each with at
   * least one message; returns the ModelState.
   */
  static JsonObject assertInvalid(HttpResponse<Buffer> response, String... keys) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("Message")).isEqualTo(INVALID);
    JsonObject modelState = body.getJsonObject("ModelState");
    assertThat(modelState).as(body.encode()).isNotNull();
    assertThat(modelState.fieldNames()).as(body.encode()).contains(keys);
    for (String key : keys) {
      assertThat(modelState.getJsonArray(key)).as(key).isNotEmpty();
      modelState
          .getJsonArray(key)
          .forEach(message -> assertThat(message).isInstanceOf(String.class));
    }
    return modelState;
  }

  /** An error of {@code status} in the ASP.NET Web API shape: a Message and no ModelState. */
  static JsonObject assertMessage(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("Message")).isNotBlank();
    assertThat(body.fieldNames()).as(body.encode()).containsExactly("Message");
    return body;
  }
}
