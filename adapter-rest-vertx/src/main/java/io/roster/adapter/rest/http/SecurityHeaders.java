package io.roster.adapter.rest.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Headers every answer carries: nothing here is to be sniffed, framed or cached. */
public final class SecurityHeaders implements Handler<RoutingContext> {
  @Override
  public void handle(RoutingContext ctx) {
    ctx.response()
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("X-Frame-Options", "DENY")
        .putHeader("Cache-Control", "no-store")
        .putHeader("Referrer-Policy", "no-referrer");
    ctx.next();
  }
}
