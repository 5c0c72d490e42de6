package io.roster.adapter.rest.openapi;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI documents, open to all: {@code /openapi/<name>.json} and {@code .yaml}, and {@code
 * /docs}, a page that renders them with Swagger UI's files from the jar (nothing is fetched from
 * elsewhere). Documents and files are read once, at start.
 */
public final class ApiDocs {
  /** Swagger UI's files in its WebJar. */
  static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/5.35.0";

  /** The page runs only its own scripts and styles (Swagger UI's, from this server). */
  private static final String PAGE_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

  private static final String JSON = "application/json; charset=utf-8";
  private static final String YAML = "application/yaml; charset=utf-8";

  private final Map<String, Buffer> json = new LinkedHashMap<>();
  private final Map<String, Buffer> yaml = new LinkedHashMap<>();
  private final Buffer page;

  /** The page's script and Swagger UI's files, by name under /docs/. */
  private final Map<String, Buffer> files = new LinkedHashMap<>();

  /** The documents by name ({@code wello}, {@code superoffice}). */
  public ApiDocs(Map<String, OpenAPI> documents) {
    documents.forEach(
        (name, api) -> {
          json.put(name, Buffer.buffer(Json31.pretty(api)));
          yaml.put(name, Buffer.buffer(Yaml31.pretty(api)));
        });
    this.page = Buffer.buffer(resource("roster-docs/index.html"));
    files.put("roster-docs.js", Buffer.buffer(resource("roster-docs/roster-docs.js")));
    for (String file :
        List.of("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js")) {
      files.put(file, Buffer.buffer(resource(SWAGGER_UI + "/" + file)));
    }
  }

  public void mount(Router router) {
    json.forEach(
        (name, body) -> {
          router.get("/openapi/" + name + ".json").handler(ctx -> send(ctx, JSON, body));
          router.get("/openapi/" + name + ".yaml").handler(ctx -> send(ctx, YAML, yaml.get(name)));
        });
    router
        .get("/docs")
        .handler(
            ctx -> {
              ctx.response().putHeader("Content-Security-Policy", PAGE_POLICY);
              send(ctx, "text/html; charset=utf-8", page);
            });
    files.forEach(
        (file, body) -> router.get("/docs/" + file).handler(ctx -> send(ctx, type(file), body)));
  }

  private static void send(RoutingContext ctx, String type, Buffer body) {
    ctx.response().putHeader("Content-Type", type).end(body);
  }

  private static String type(String file) {
    return file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
