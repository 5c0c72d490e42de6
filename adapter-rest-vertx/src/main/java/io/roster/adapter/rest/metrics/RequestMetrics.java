package io.roster.adapter.rest.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.roster.adapter.rest.http.RequestLog;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every request when it ends, by route pattern, method and status: the timer
 * {@value #NAME} ({@code http_server_requests_seconds_count}, {@code _sum}, {@code _max} and {@code
 * _bucket} in Prometheus), timed from the request's arrival as the access log noted it.
 *
 * <p>Tags take nothing from the request as it was sent, so that their values stay few whatever
 * clients send: the route is the pattern a dialect named ({@link RequestLog#route(RoutingContext)},
 * e.g. {@code /api/User({id})}), else the path of a route of fixed path that the router holds
 * ({@code /health/live}, {@code /auth/token}, {@code /metrics}), else {@value #NONE} (an unknown
 * path, or a request refused before a route was chosen, such as a 401 on {@code /api}); a method
 * outside HTTP's own is {@code OTHER}.
 */
final class RequestMetrics implements Handler<RoutingContext> {
  static final String NAME = "http.server.requests";
  static final String NONE = "none";

  /** The histogram's buckets: from a millisecond to ten seconds. */
  static final Duration[] BUCKETS = {
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private static final Set<HttpMethod> METHODS =
      Set.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.POST,
          HttpMethod.PUT,
          HttpMethod.PATCH,
          HttpMethod.DELETE,
          HttpMethod.OPTIONS,
          HttpMethod.TRACE,
          HttpMethod.CONNECT);

  private final MeterRegistry registry;
  private final Router router;

  /** One timer per route, method and status, made at its first request. */
  private final ConcurrentHashMap<Key, Timer> timers = new ConcurrentHashMap<>();

  /** The router's paths of fixed routes, read at the first request (every route is there then). */
  private volatile Set<String> fixedPaths;

  private record Key(String route, String method, int status) {}

  RequestMetrics(MeterRegistry registry, Router router) {
    this.registry = registry;
    this.router = router;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long started = RequestLog.arrived(ctx).orElseGet(System::nanoTime);
    ctx.addEndHandler(ended -> record(ctx, System.nanoTime() - started));
    ctx.next();
  }

  private void record(RoutingContext ctx, long nanos) {
    HttpMethod method = ctx.request().method();
    Key key =
        new Key(
            route(ctx),
            METHODS.contains(method) ? method.name() : "OTHER",
            ctx.response().getStatusCode());
    Timer timer = timers.get(key);
    if (timer == null) {
      timer = timers.computeIfAbsent(key, this::timer);
    }
    timer.record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(Key key) {
    return Timer.builder(NAME)
        .description("HTTP requests by route pattern, method and status, from arrival to answer")
        .tag("route", key.route())
        .tag("method", key.method())
        .tag("status", Integer.toString(key.status()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private String route(RoutingContext ctx) {
    String named = RequestLog.route(ctx);
    if (named != null) {
      return named;
    }
    String path = ctx.request().path();
    return path != null && fixedPaths().contains(path) ? path : NONE;
  }

  private Set<String> fixedPaths() {
    Set<String> paths = fixedPaths;
    if (paths == null) {
      paths = new HashSet<>();
      for (Route route : router.getRoutes()) {
        if (route.getPath() != null && !route.isRegexPath() && route.isExactPath()) {
          paths.add(route.getPath());
        }
      }
      paths = Set.copyOf(paths);
      fixedPaths = paths;
    }
    return paths;
  }
}
