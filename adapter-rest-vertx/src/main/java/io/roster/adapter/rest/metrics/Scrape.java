package io.roster.adapter.rest.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.roster.adapter.rest.auth.Authenticator;
import io.roster.adapter.rest.http.RequestLog;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.out.StoreUnavailable;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;

/**
 * {@code GET /metrics}: every meter in Prometheus's text format (version 0.0.4), written off the
 * event loop. On the API's port only an administrator may read it ({@link #administratorsOnly}),
 * refusals answered in plain text: 401 without credentials or with wrong ones, 403 for anyone else.
 */
final class Scrape implements Handler<RoutingContext> {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final System.Logger LOG = System.getLogger("roster.http");

  private final PrometheusMeterRegistry registry;

  Scrape(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.vertx()
        .executeBlocking(registry::scrape, false)
        .onSuccess(
            text ->
                ctx.response()
                    .putHeader("Content-Type", CONTENT_TYPE)
                    .putHeader("Cache-Control", "no-store")
                    .end(text))
        .onFailure(ctx::fail);
  }

  /** After the authenticator: lets administrators through, and no one else. */
  static void administratorsOnly(RoutingContext ctx) {
    Principal caller = Authenticator.principal(ctx);
    if (caller.role() != Role.ADMINISTRATOR || caller.partnerApp()) {
      ctx.fail(new AccessDenied("Only an administrator may read the metrics."));
    } else {
      ctx.next();
    }
  }

  /** Answers what the authenticator or the scrape failed with. */
  static void refused(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof AuthenticationFailed) {
      ctx.response().putHeader("WWW-Authenticate", Authenticator.CHALLENGE);
      answer(ctx, 401, "Authentication is required.");
    } else if (failure instanceof TooManyAttempts throttled) {
      ctx.response()
          .putHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
      answer(ctx, 429, throttled.getMessage());
    } else if (failure instanceof AccessDenied denied) {
      answer(ctx, 403, denied.getMessage());
    } else if (failure instanceof StoreUnavailable) {
      ctx.response().putHeader("Retry-After", "5");
      answer(ctx, 503, "The directory cannot be reached just now; try again shortly.");
    } else {
      LOG.log(Level.ERROR, "request " + RequestLog.id(ctx) + " failed", failure);
      answer(ctx, 500, "An error has occurred.");
    }
  }

  private static void answer(RoutingContext ctx, int status, String message) {
    if (!ctx.response().ended()) {
      ctx.response()
          .setStatusCode(status)
          .putHeader("Content-Type", "text/plain; charset=utf-8")
          .end(message + "\n");
    }
  }
}
