package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.http.RequestLog;
import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * Logs calls slower than a threshold (SuperOffice's "NsApiSlow threshold", 2000 ms by default), at
 * {@code WARNING} on the {@value #LOGGER} logger, once each, when the response has ended:
 *
 * <pre>slow call: PUT /api/v1/User/{id} took 2350 ms (threshold 2000 ms)</pre>
 *
 * <p>A call is timed from its arrival, as the access log ({@link RequestLog}) noted it, so that the
 * handlers before this one (authentication, reading the body) count; without an access log, from
 * when this handler runs.
 *
 * <p>The route is the one that served the call, so that slow calls to one route log alike whatever
 * the ids: the name a handler gave it with {@link #route(RoutingContext, String)}, else the path
 * pattern of the route that answered, else the request's path. Calls within the threshold log
 * nothing. Install it before the handlers it times, on one route or on all: {@code
 * router.route("/api/v1/*").handler(new SlowCalls())}.
 */
public final class SlowCalls implements Handler<RoutingContext> {
  /** The threshold when none is given. */
  public static final Duration DEFAULT_THRESHOLD = Duration.ofMillis(2000);

  /** The {@link System.Logger} slow calls are logged to. */
  public static final String LOGGER = "roster.http.slow";

  private static final System.Logger LOG = System.getLogger(LOGGER);
  private static final String ROUTE = "roster.slow.route";

  private final Duration threshold;

  /** Logs calls slower than {@link #DEFAULT_THRESHOLD}. */
  public SlowCalls() {
    this(DEFAULT_THRESHOLD);
  }

  /** Logs calls slower than {@code threshold} (zero or more). */
  public SlowCalls(Duration threshold) {
    if (Objects.requireNonNull(threshold, "threshold").isNegative()) {
      throw new IllegalArgumentException("a slow-call threshold cannot be negative: " + threshold);
    }
    this.threshold = threshold;
  }

  public Duration threshold() {
    return threshold;
  }

  /**
   * Names the route serving {@code ctx}'s call ({@code /api/v1/User/{id}}), for routes matched by a
   * regular expression, which have no pattern to log; the failure handler that may answer later
   * does not change it.
   */
  public static void route(RoutingContext ctx, String route) {
    ctx.put(ROUTE, route);
    RequestLog.route(ctx, route);
  }

  @Override
  public void handle(RoutingContext ctx) {
    // From the request's arrival, so that what ran before (authentication, reading the body)
    // counts.
    long started = RequestLog.arrived(ctx).orElseGet(System::nanoTime);
    String installedOn = pattern(ctx.currentRoute());
    ctx.addEndHandler(
        ended -> {
          long elapsed = System.nanoTime() - started;
          if (elapsed > threshold.toNanos()) {
            String named = ctx.get(ROUTE);
            String answeredBy = pattern(ctx.currentRoute());
            String route =
                named != null
                    ? named
                    : answeredBy != null
                        ? answeredBy
                        : installedOn != null ? installedOn : ctx.request().path();
            LOG.log(
                Level.WARNING,
                "{0}",
                String.format(
                    "slow call: %s %s took %d ms (threshold %d ms)",
                    ctx.request().method(), route, elapsed / 1_000_000, threshold.toMillis()),
                RequestLog.fields(ctx));
          }
        });
    ctx.next();
  }

  private static String pattern(Route route) {
    return route == null ? null : route.getPath();
  }
}
