package io.roster.adapter.rest.http;

import io.vertx.ext.web.RoutingContext;

/** Query options both dialects share ({@code $top}, {@code $skip}). */
public final class QueryOptions {
  private QueryOptions() {}

  /**
   * The whole number the query parameter {@code name} gives, {@code fallback} when absent.
   *
   * @throws HttpProblem 400 naming the parameter when it is not a whole number in [min, max]
   */
  public static int wholeNumber(RoutingContext ctx, String name, int fallback, int min, int max) {
    String text = ctx.queryParams().get(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value < min || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new HttpProblem(400, name, name + " must be a whole number between " + min + " and " + max + ".");
    }
  }
}
