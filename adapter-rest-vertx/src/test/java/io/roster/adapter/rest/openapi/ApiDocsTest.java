package io.roster.adapter.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.roster.adapter.rest.RestServer;
import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documents as served: every route the server answers is described (and nothing it does not
 * answer), in JSON and in YAML alike, open to anonymous callers; and the page that renders them
 * with its files.
 */
class ApiDocsTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<Buffer> anonymous(String path) {
    return server.sendAnonymous(HttpMethod.GET, path, Map.of(), null);
  }

  private static JsonNode document(String name) throws Exception {
    HttpResponse<Buffer> answer = anonymous("/openapi/" + name + ".json");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.getHeader("Content-Type")).startsWith("application/json");
    return new ObjectMapper().readTree(answer.bodyAsString());
  }

  @Test
  void each_dialect_has_an_openapi_3_1_document_in_json_and_the_same_in_yaml() throws Exception {
    for (String name : List.of("wello", "superoffice")) {
      JsonNode json = document(name);
      assertThat(json.path("openapi").asText()).isEqualTo("3.1.0");
      HttpResponse<Buffer> yaml = anonymous("/openapi/" + name + ".yaml");
      assertThat(yaml.statusCode()).isEqualTo(200);
      assertThat(yaml.getHeader("Content-Type")).startsWith("application/yaml");
      assertThat(new YAMLMapper().readTree(yaml.bodyAsString())).isEqualTo(json);
      json.path("paths")
          .forEach(
              item ->
                  item.forEach(
                      operation ->
                          assertThat(operation.path("parameters").findValuesAsText("name"))
                              .contains("X-Request-Id")));
      assertThat(json.path("components").path("securitySchemes").fieldNames())
          .toIterable()
          .contains("Basic", "Bearer", "SoTicket");
    }
  }

  @Test
  void every_api_route_the_server_answers_is_described_and_every_description_is_a_route()
      throws Exception {
    List<String> described = new ArrayList<>();
    for (String name : List.of("wello", "superoffice")) {
      JsonNode paths = document(name).path("paths");
      paths
          .fieldNames()
          .forEachRemaining(
              path ->
                  paths
                      .path(path)
                      .fieldNames()
                      .forEachRemaining(
                          method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path)));
    }
    List<RestServer.Endpoint> endpoints = server.endpoints();
    for (RestServer.Endpoint endpoint : endpoints) {
      String path = endpoint.path();
      if (path.startsWith("/health")
          || path.startsWith("/openapi")
          || path.startsWith("/docs")
          || path.equals("/metrics")) {
        continue;
      }
      assertThat(described)
          .as("no document describes %s %s", endpoint.method(), path)
          .anyMatch(
              operation ->
                  endpoint.matches(
                      HttpMethod.valueOf(operation.substring(0, operation.indexOf(' '))),
                      example(operation.substring(operation.indexOf(' ') + 1))));
    }
    for (String operation : described) {
      HttpMethod method = HttpMethod.valueOf(operation.substring(0, operation.indexOf(' ')));
      String path = example(operation.substring(operation.indexOf(' ') + 1));
      assertThat(endpoints)
          .as("%s is described but the server has no such route", operation)
          .anyMatch(endpoint -> endpoint.matches(method, path));
    }
  }

  /** The path with an example value in each template. */
  private static String example(String template) {
    return template.replace("{id}", "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
  }

  @Test
  void bounds_and_required_properties_are_those_of_the_domain() throws Exception {
    JsonNode schemas = document("wello").path("components").path("schemas");
    assertThat(
            schemas.path("WelloUser").path("properties").path("lastname").path("maxLength").asInt())
        .isEqualTo(io.roster.domain.user.UserFields.LASTNAME.maxLength());
    assertThat(schemas.path("WelloUserNew").toString()).contains("\"lastname\"");
    JsonNode so = document("superoffice").path("components").path("schemas");
    assertThat(so.path("SoUser").path("properties").path("Rank").path("maximum").asLong())
        .isEqualTo(io.roster.domain.user.UserFields.RANK.max());
    assertThat(so.path("SoPerson").path("properties").path("Lastname").path("maxLength").asInt())
        .isEqualTo(io.roster.domain.user.UserFields.LASTNAME.maxLength());
  }

  @Test
  void the_docs_page_renders_both_documents_from_files_of_this_server() {
    HttpResponse<Buffer> page = anonymous("/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.getHeader("Content-Type")).startsWith("text/html");
    assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(page.bodyAsString()).doesNotContain("http://", "https://");
    for (String file :
        List.of(
            "roster-docs.js",
            "swagger-ui.css",
            "swagger-ui-bundle.js",
            "swagger-ui-standalone-preset.js")) {
      assertThat(page.bodyAsString()).contains("/docs/" + file);
      HttpResponse<Buffer> answer = anonymous("/docs/" + file);
      assertThat(answer.statusCode()).as(file).isEqualTo(200);
      assertThat(answer.body().length()).as(file).isGreaterThan(10);
    }
    assertThat(anonymous("/docs/roster-docs.js").bodyAsString())
        .contains("/openapi/wello.json", "/openapi/superoffice.json");
  }
}
