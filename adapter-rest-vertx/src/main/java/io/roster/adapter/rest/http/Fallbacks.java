package io.roster.adapter.rest.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** What a dialect answers for a path it does not have, or a method a resource does not take. */
public final class Fallbacks {
  private Fallbacks() {}

  /**
   * A 404 for every request to a path matching {@code regex} that no route mounted before answered.
   */
  public static void notFound(Router router, String regex) {
    router
        .routeWithRegex(regex)
        .handler(
            ctx ->
                ctx.fail(
                    new HttpProblem(404, "No resource matches " + ctx.request().path() + ".")));
  }

  /**
   * A 405 with {@code Allow: allowed}; {@code why} (may be empty) follows the sentence naming the
   * method.
   */
  public static void notAllowed(RoutingContext ctx, String allowed, String why) {
    ctx.response().putHeader("Allow", allowed);
    String method = ctx.request().method().name();
    ctx.fail(
        new HttpProblem(
            405, "The requested resource does not support http method '" + method + "'." + why));
  }
}
