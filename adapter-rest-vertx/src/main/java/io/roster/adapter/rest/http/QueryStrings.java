package io.roster.adapter.rest.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Refuses a request whose query string cannot be decoded (a {@code %} not followed by two hex
 * digits) with a 400 that each dialect writes in its own shape, before any route reads a parameter
 * (Vert.x would otherwise throw from {@code queryParams()} inside a route: a 500).
 */
public final class QueryStrings {
  private QueryStrings() {}

  public static void check(RoutingContext ctx) {
    try {
      ctx.queryParams();
    } catch (HttpException | IllegalArgumentException malformed) {
      ctx.fail(
          new HttpProblem(
              400,
              "The query string is not well-formed: a % must be followed by two hexadecimal digits."));
      return;
    }
    ctx.next();
  }
}
