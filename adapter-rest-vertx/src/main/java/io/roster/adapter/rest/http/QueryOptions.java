package io.roster.adapter.rest.http;

import io.roster.application.port.in.Criterion;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.SortKey;
import io.roster.domain.field.Field;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/** Query options both dialects share ({@code $filter}, {@code $skip}, {@code $top}). */
public final class QueryOptions {
  /** How many items a page has when {@code $top} does not say. */
  public static final int DEFAULT_TOP = 100;

  private QueryOptions() {}

  /**
   * The page a list request asks for: {@code $filter} over {@code filters} (one that names {@code
   * archived} includes archived items), {@code $skip}, {@code $top}, in {@code order}.
   *
   * @throws HttpProblem 400 naming the option at fault
   */
  public static ListQuery listQuery(
      RoutingContext ctx,
      Map<String, Field<?, ?>> filters,
      Field<?, ?> archived,
      List<SortKey> order) {
    int top = wholeNumber(ctx, "$top", DEFAULT_TOP, 1, ListQuery.MAX_LIMIT);
    int skip = wholeNumber(ctx, "$skip", 0, 0, Integer.MAX_VALUE);
    String text = ctx.queryParams().get("$filter");
    Criterion filter = text == null || text.isBlank() ? null : ODataFilter.parse(text, filters);
    return new ListQuery(
        null, filter, filter != null && filter.mentions(archived), skip, top, order);
  }

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
      throw new HttpProblem(
          400, name, name + " must be a whole number between " + min + " and " + max + ".");
    }
  }
}
