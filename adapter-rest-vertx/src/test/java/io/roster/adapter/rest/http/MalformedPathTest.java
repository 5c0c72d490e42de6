package io.roster.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * A path that cannot be decoded (a {@code %} not followed by two hexadecimal digits) is a 400 in
 * the error shape of the dialect the path belongs to, never Vert.x's plain text, and changes
 * nothing.
 */
class MalformedPathTest {
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  private static JsonObject assertSuperOffice400(HttpResponse<Buffer> answer, String source) {
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(400);
    assertThat(answer.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = answer.bodyAsJsonObject();
    assertThat(body.fieldNames())
        .containsExactly("Error", "ErrorType", "ErrorMessage", "ErrorSource");
    assertThat(body.getString("ErrorType")).isEqualTo("BadRequest");
    assertThat(body.getString("ErrorMessage")).contains("path").contains("hexadecimal");
    assertThat(body.getString("ErrorSource")).isEqualTo(source);
    return body;
  }

  private static void assertWello400(HttpResponse<Buffer> answer) {
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(400);
    assertThat(answer.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = answer.bodyAsJsonObject();
    assertThat(body.fieldNames()).containsExactly("Message");
    assertThat(body.getString("Message")).contains("path").contains("hexadecimal");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/User/%zz",
        "/api/v1/User/%",
        "/api/v1/User/7%2",
        "/api/v1/User/%+1",
        "/api/v1/%zz/User"
      })
  void superoffice_answers_its_own_400(String path) {
    assertSuperOffice400(server.get(path), "GET " + path);
  }

  @Test
  void superoffice_answers_in_xml_when_the_request_accepts_xml() throws Exception {
    HttpResponse<Buffer> answer =
        server.send(HttpMethod.GET, "/api/v1/User/%zz", Map.of("Accept", "application/xml"), null);

    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(400);
    assertThat(answer.getHeader("Content-Type")).startsWith("application/xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(answer.body().getBytes()))
            .getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("Error");
    assertThat(root.getElementsByTagName("ErrorType").item(0).getTextContent())
        .isEqualTo("BadRequest");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/User/%", "/api/User(%zz)", "/api/SalesOrganization/%zz", "/api/User/%+1"})
  void wello_answers_its_own_400(String path) {
    assertWello400(server.get(path));
  }

  @Test
  void a_malformed_path_is_a_400_before_credentials_are_asked_for() {
    HttpResponse<Buffer> superOffice =
        server.sendAnonymous(HttpMethod.GET, "/api/v1/User/%zz", Map.of(), null);
    HttpResponse<Buffer> wello =
        server.sendAnonymous(HttpMethod.GET, "/api/User/%", Map.of(), null);

    assertSuperOffice400(superOffice, "GET /api/v1/User/%zz");
    assertWello400(wello);
    assertThat(superOffice.getHeader("X-Request-Id")).isNotBlank();
    assertThat(superOffice.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void outside_the_dialects_it_is_a_400_with_a_message() {
    HttpResponse<Buffer> answer = server.get("/health/%zz");

    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(400);
    assertThat(answer.getHeader("Content-Type")).startsWith("application/json");
    assertThat(answer.bodyAsJsonObject().getString("Message")).contains("path");
  }

  @Test
  void a_put_to_a_malformed_path_changes_nothing() {
    HttpResponse<Buffer> created =
        server.send(
            HttpMethod.POST,
            "/api/v1/User",
            JSON,
            new JsonObject()
                .put("UserName", "path@example.test")
                .put("Person", new JsonObject().put("Lastname", "Path").put("Email", "p@x.test"))
                .encode());
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    int id = created.bodyAsJsonObject().getInteger("AssociateId");
    HttpResponse<Buffer> before = server.get("/api/v1/User/" + id);
    String changed = before.bodyAsJsonObject().put("Tooltip", "changed").encode();

    assertSuperOffice400(
        server.send(HttpMethod.PUT, "/api/v1/User/" + id + "%zz", JSON, changed),
        "PUT /api/v1/User/" + id + "%zz");
    assertSuperOffice400(
        server.send(HttpMethod.PUT, "/api/v1/User/" + id + "%+1", JSON, changed),
        "PUT /api/v1/User/" + id + "%+1");

    HttpResponse<Buffer> after = server.get("/api/v1/User/" + id);
    assertThat(after.getHeader("ETag")).isEqualTo(before.getHeader("ETag"));
    assertThat(after.bodyAsJsonObject()).isEqualTo(before.bodyAsJsonObject());
  }

  @Test
  void a_well_formed_escape_in_the_path_still_works() {
    assertThat(server.get("/api/v1/User/admin%40roster.test").statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/User/%7A%7A").statusCode()).isEqualTo(404);
  }
}
