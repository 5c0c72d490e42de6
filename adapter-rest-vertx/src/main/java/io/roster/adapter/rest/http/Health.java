package io.roster.adapter.rest.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;

/** {@code /health/live}: the process answers. {@code /health/ready}: and its database does too. */
public final class Health {
  private final UseCaseRunner runner;
  private final BooleanSupplier databaseReachable;

  public Health(UseCaseRunner runner, BooleanSupplier databaseReachable) {
    this.runner = runner;
    this.databaseReachable = databaseReachable;
  }

  public void mount(Router router) {
    router.get("/health/live").handler(ctx -> answer(ctx, true));
    router.get("/health/ready").handler(this::ready);
  }

  private void ready(RoutingContext ctx) {
    runner
        .run(databaseReachable::getAsBoolean)
        .onComplete(result -> answer(ctx, result.succeeded() && result.result()));
  }

  private static void answer(RoutingContext ctx, boolean up) {
    ctx.response()
        .setStatusCode(up ? 200 : 503)
        .putHeader("Content-Type", "application/json")
        .end(new JsonObject().put("status", up ? "UP" : "DOWN").encode());
  }
}
