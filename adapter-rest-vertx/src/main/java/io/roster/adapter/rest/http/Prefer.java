package io.roster.adapter.rest.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** The request's {@code Prefer} header (RFC 7240), as both dialects read it. */
public final class Prefer {
  private Prefer() {}

  /** {@code handling=strict}: a property the resource does not have is an error. */
  public static boolean strict(RoutingContext ctx) {
    return has(ctx, "handling=strict");
  }

  /** {@code return=minimal}: answer without the resource. */
  public static boolean minimal(RoutingContext ctx) {
    return has(ctx, "return=minimal");
  }

  private static boolean has(RoutingContext ctx, String preference) {
    String prefer = ctx.request().getHeader("Prefer");
    return prefer != null && prefer.toLowerCase(Locale.ROOT).contains(preference);
  }
}
