package io.roster.adapter.rest.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Refuses a request whose query string cannot be decoded (a {@code %} not followed by two hex
 * digits) with a 400 that each dialect writes in its own shape, before any route reads a parameter
 * (Vert.x would otherwise throw from {@code queryParams()} inside a route: a 500). On a path no
 * failure handler covers ({@code /health/live?x=%zz}) the router's error handler for 400, {@link
 * MalformedPaths}, answers it.
 */
public final class QueryStrings {
  private QueryStrings() {}

  public static void check(RoutingContext ctx) {
    try {
      ctx.queryParams();
    } catch (HttpException | IllegalArgumentException malformed) {
      ctx.fail(
          400,
          new HttpProblem(
              400,
              "The query string is not well-formed: a % must be followed by two hexadecimal digits."));
      return;
    }
    ctx.next();
  }
}
