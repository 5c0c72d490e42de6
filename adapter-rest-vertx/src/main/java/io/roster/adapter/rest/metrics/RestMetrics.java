package io.roster.adapter.rest.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;

/**
 * The HTTP server's metrics: its requests ({@link RequestMetrics}) and the use cases it runs
 * ({@link UseCaseMetrics}) measured into a registry, which {@code GET /metrics} serves in
 * Prometheus's text format, either on the API's port to administrators only, or on a port of its
 * own without authentication (for a scraper inside the network). {@link #OFF} measures nothing and
 * serves nothing.
 */
public final class RestMetrics {
  /** Where the metrics are served. */
  public static final String PATH = "/metrics";

  /** No metrics at all. */
  public static final RestMetrics OFF = new RestMetrics(null, -1);

  private final PrometheusMeterRegistry registry;

  /** The port of its own ({@code 0}: any free one), or {@code -1}: the API's. */
  private final int port;

  private RestMetrics(PrometheusMeterRegistry registry, int port) {
    this.registry = registry;
    this.port = port;
  }

  /** Measured into {@code registry}, served on the API's port to administrators. */
  public static RestMetrics onApiPort(PrometheusMeterRegistry registry) {
    return new RestMetrics(Objects.requireNonNull(registry, "registry"), -1);
  }

  /** Measured into {@code registry}, served on {@code port} to anyone who reaches it. */
  public static RestMetrics onOwnPort(PrometheusMeterRegistry registry, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    return new RestMetrics(Objects.requireNonNull(registry, "registry"), port);
  }

  /** {@code calls} (a record of use cases, records within it too) with every use case timed. */
  public <R extends Record> R instrument(R calls) {
    return registry == null ? calls : new UseCaseMetrics(registry).instrument(calls);
  }

  /** Measures every request {@code router} serves; to be mounted right after the access log. */
  public void measureRequests(Router router) {
    if (registry != null) {
      router.route().handler(new RequestMetrics(registry, router));
    }
  }

  /**
   * Serves {@code GET /metrics} on the API's router, to administrators only, when the metrics are
   * served there.
   */
  public void mount(Router router, Handler<RoutingContext> authenticator) {
    if (registry != null && port < 0) {
      router.route(PATH).failureHandler(Scrape::refused);
      router
          .get(PATH)
          .handler(authenticator)
          .handler(Scrape::administratorsOnly)
          .handler(new Scrape(registry));
    }
  }

  /**
   * Starts the server of the metrics' own port, when they have one; else a server of {@code null}.
   */
  public Future<HttpServer> listen(Vertx vertx) {
    if (registry == null || port < 0) {
      return Future.succeededFuture(null);
    }
    Router router = Router.router(vertx);
    router.get(PATH).handler(new Scrape(registry));
    return vertx.createHttpServer().requestHandler(router).listen(port);
  }
}
