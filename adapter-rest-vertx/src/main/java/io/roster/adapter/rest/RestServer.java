package io.roster.adapter.rest;

import io.roster.adapter.rest.auth.AuthRoutes;
import io.roster.adapter.rest.http.Dialect;
import io.roster.adapter.rest.http.Health;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MalformedPaths;
import io.roster.adapter.rest.http.QueryStrings;
import io.roster.adapter.rest.http.RequestBodies;
import io.roster.adapter.rest.http.RequestLog;
import io.roster.adapter.rest.http.SecurityHeaders;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.adapter.rest.metrics.RestMetrics;
import io.roster.adapter.rest.openapi.ApiDocs;
import io.roster.adapter.rest.superoffice.SuperOfficeDocument;
import io.roster.adapter.rest.superoffice.SuperOfficeRoutes;
import io.roster.adapter.rest.wello.WelloDocument;
import io.roster.adapter.rest.wello.WelloRoutes;
import io.swagger.v3.oas.models.OpenAPI;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Roster over HTTP: health routes (open), log-on routes, and the dialects (every request
 * authenticated first), on one Vert.x server. Use cases run on a worker pool ({@link
 * UseCaseRunner}), never on the event loop.
 */
public final class RestServer {
  private final HttpServer server;
  private final UseCaseRunner runner;
  private final List<Endpoint> endpoints;
  private final HttpServer metricsServer;

  private RestServer(
      HttpServer server, UseCaseRunner runner, List<Endpoint> endpoints, HttpServer metricsServer) {
    this.server = server;
    this.runner = runner;
    this.endpoints = endpoints;
    this.metricsServer = metricsServer;
  }

  /**
   * A route that answers one method: {@code path} is a plain path, or a regular expression when
   * {@code regex}.
   */
  public record Endpoint(HttpMethod method, String path, boolean regex) {
    public boolean matches(HttpMethod requestMethod, String requestPath) {
      return method.equals(requestMethod)
          && (regex
              ? Pattern.compile(path).matcher(requestPath).matches()
              : path.equals(requestPath));
    }
  }

  /** The use cases each group of routes calls. */
  public record Calls(
      AuthRoutes.Calls auth, WelloRoutes.Calls wello, SuperOfficeRoutes.Calls superOffice) {}

  public static Future<RestServer> start(
      Vertx vertx, RestSettings settings, Calls calls, BooleanSupplier databaseReachable) {
    return start(vertx, settings, calls, databaseReachable, RestMetrics.OFF);
  }

  /** As above, measuring requests and use cases into {@code metrics}, which serves them. */
  public static Future<RestServer> start(
      Vertx vertx,
      RestSettings settings,
      Calls calls,
      BooleanSupplier databaseReachable,
      RestMetrics metrics) {
    calls = metrics.instrument(calls);
    UseCaseRunner runner = new UseCaseRunner(vertx, settings.workers());
    JsonCodec json = new JsonCodec();
    Router router = Router.router(vertx);
    router.route().handler(new RequestLog());
    metrics.measureRequests(router);
    router.route().handler(new SecurityHeaders());
    router.route().handler(QueryStrings::check);
    RequestBodies.mount(router, settings.bodyLimit());
    new Health(runner, databaseReachable).mount(router);
    Documents.SERVED.mount(router);
    AuthRoutes auth = new AuthRoutes(vertx, settings.auth(), calls.auth(), runner);
    auth.mount(router);
    metrics.mount(router, auth.authenticator());
    router.routeWithRegex("(?i)^/api(?:/.*)?$").handler(auth.authenticator());
    Dialect wello = new WelloRoutes(calls.wello(), runner, json).mount(router);
    Dialect superOffice =
        new SuperOfficeRoutes(calls.superOffice(), runner, json, settings.slowCallThreshold())
            .mount(router);
    // A path that cannot be decoded fails before any route or failure handler runs.
    router.errorHandler(400, new MalformedPaths(List.of(superOffice, wello)));
    router
        .route()
        .last()
        .handler(
            ctx ->
                ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "application/json")
                    .end(
                        new JsonObject()
                            .put("Message", "No resource matches " + ctx.request().path() + ".")
                            .encode()));
    return vertx
        .createHttpServer()
        .requestHandler(router)
        .listen(settings.port())
        .compose(
            server ->
                metrics
                    .listen(vertx)
                    .map(scrape -> new RestServer(server, runner, endpoints(router), scrape)));
  }

  /**
   * The documents as served and the page's files, written and read once per process: they do not
   * change while it runs, and a process may start several servers.
   */
  private static final class Documents {
    static final ApiDocs SERVED = new ApiDocs(documents());
  }

  /** The OpenAPI document of each dialect, by the name it is served under. */
  public static Map<String, OpenAPI> documents() {
    Map<String, OpenAPI> documents = new LinkedHashMap<>();
    documents.put("wello", WelloDocument.build());
    documents.put("superoffice", SuperOfficeDocument.build());
    return documents;
  }

  private static List<Endpoint> endpoints(Router router) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Route route : router.getRoutes()) {
      if (route.methods() != null) {
        for (HttpMethod method : route.methods()) {
          endpoints.add(new Endpoint(method, route.getName(), route.isRegexPath()));
        }
      }
    }
    return List.copyOf(endpoints);
  }

  /** Every method and route the server answers (beyond 404 and 405). */
  public List<Endpoint> endpoints() {
    return endpoints;
  }

  public int port() {
    return server.actualPort();
  }

  /** The port metrics are served on apart from the API, or -1 when they have none of their own. */
  public int metricsPort() {
    return metricsServer == null ? -1 : metricsServer.actualPort();
  }

  /** Stops accepting connections; requests in flight finish first. */
  public Future<Void> stop() {
    return server
        .shutdown()
        .compose(done -> metricsServer == null ? Future.succeededFuture() : metricsServer.close())
        .compose(done -> runner.close());
  }
}
