package io.roster.adapter.rest.http;

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
 * Through the real server: a body beyond the JSON limits is a 400 in the dialect's shape (never a
 * 500, never a stack trace), and every answer, success or failure, carries the security headers.
 */
class HardenedHttpTest {
  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Cache-Control", "no-store",
          "Referrer-Policy", "no-referrer");
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
  private static final String TOO_DEEP =
      "nesting is deeper than " + JsonCodec.MAX_NESTING_DEPTH + " levels";

  private final TestServer server = new TestServer();
  private String userPath;
  private JsonObject stored;

  @BeforeEach
  void aUser() {
    created(
        server.post(
            "/api/SalesOrganization", new JsonObject().put("code", "OSL").put("name", "Oslo")));
    JsonObject user =
        created(
            server.post(
                "/api/User",
                new JsonObject()
                    .put("username", "ada@example.test")
                    .put("lastname", "Lovelace")
                    .put("email", "ada@example.test")
                    .put("sales_organization_code", "OSL")));
    userPath = "/api/User(" + user.getString("id") + ")";
    stored = server.get(userPath).bodyAsJsonObject();
  }

  @AfterEach
  void close() {
    server.close();
  }

  private static JsonObject created(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }

  /** {@code stored} with a property holding {@code depth} arrays inside one another. */
  private String withNesting(int depth) {
    String body = stored.copy().put("extra", "NESTED").encode();
    return body.replace("\"NESTED\"", "[".repeat(depth) + "]".repeat(depth));
  }

  private static void assertNoInternals(HttpResponse<Buffer> response) {
    assertThat(response.bodyAsString())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("com.fasterxml")
        .doesNotContain("java.")
        .doesNotContain("io.roster")
        .doesNotContain("StreamReadConstraints");
  }

  private static void assertSecurityHeaders(HttpResponse<Buffer> response) {
    SECURITY_HEADERS.forEach(
        (name, value) ->
            assertThat(response.getHeader(name))
                .as(response.statusCode() + " " + name)
                .isEqualTo(value));
  }

  @Test
  void a_thousand_nested_arrays_are_a_400_in_wellos_shape() {
    HttpResponse<Buffer> response = server.send(HttpMethod.PUT, userPath, JSON, withNesting(1_000));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.fieldNames()).containsExactly("Message", "ModelState");
    assertThat(body.getString("Message")).isEqualTo("The request is invalid.");
    assertThat(body.getJsonObject("ModelState").getJsonArray("user").getString(0))
        .startsWith(TOO_DEEP);
    assertNoInternals(response);
    assertSecurityHeaders(response);
    assertThat(server.get(userPath).bodyAsJsonObject()).isEqualTo(stored);
  }

  @Test
  void nesting_within_the_limit_is_accepted() {
    // The user object is the first level, the property's arrays the others.
    HttpResponse<Buffer> response =
        server.send(HttpMethod.PUT, userPath, JSON, withNesting(JsonCodec.MAX_NESTING_DEPTH - 1));

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
  }

  @Test
  void a_too_deep_log_on_body_is_a_400_in_oauths_shape() {
    String body =
        "{\"username\": \""
            + TestServer.ADMIN
            + "\", \"x\": "
            + "[".repeat(1_000)
            + "]".repeat(1_000)
            + "}";
    HttpResponse<Buffer> response =
        server.sendAnonymous(HttpMethod.POST, "/auth/token", JSON, body);

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    JsonObject answer = response.bodyAsJsonObject();
    assertThat(answer.getString("error")).isEqualTo("invalid_request");
    assertThat(answer.getString("error_description")).contains(TOO_DEEP);
    assertNoInternals(response);
    assertSecurityHeaders(response);
  }

  @Test
  void a_401_carries_the_security_headers() {
    HttpResponse<Buffer> response =
        server.sendAnonymous(HttpMethod.GET, "/api/User", Map.of(), null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertSecurityHeaders(response);
    assertNoInternals(response);
  }

  @Test
  void a_404_carries_the_security_headers_inside_and_outside_the_dialect() {
    HttpResponse<Buffer> inWello = server.get("/api/NoSuchResource");
    HttpResponse<Buffer> nowhere = server.get("/no/such/path");

    assertThat(inWello.statusCode()).isEqualTo(404);
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertSecurityHeaders(inWello);
    assertSecurityHeaders(nowhere);
  }

  @Test
  void a_200_carries_the_security_headers() {
    HttpResponse<Buffer> response = server.get(userPath);

    assertThat(response.statusCode()).isEqualTo(200);
    assertSecurityHeaders(response);
  }
}
