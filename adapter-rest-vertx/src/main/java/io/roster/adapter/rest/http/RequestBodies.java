package io.roster.adapter.rest.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Locale;

/**
 * Reads every request's body (Vert.x's {@link BodyHandler}, up to a limit, no file uploads) and
 * lets the error handlers tell a failure to read one from a failure of Roster's own: the decoder
 * Vert.x runs on a form body fails on some malformed forms (a field without a name), which is the
 * caller's error, a 400, not a 500.
 */
public final class RequestBodies {
  private static final String READING = "roster.body.reading";

  private RequestBodies() {}

  /**
   * Reads bodies of up to {@code limit} bytes on every route of {@code router} mounted after this.
   */
  public static void mount(Router router, long limit) {
    BodyHandler bodies = BodyHandler.create(false).setBodyLimit(limit);
    router
        .route()
        .handler(
            ctx -> {
              ctx.put(READING, Boolean.TRUE);
              bodies.handle(ctx);
            });
    router
        .route()
        .handler(
            ctx -> {
              ctx.remove(READING);
              ctx.next();
            });
  }

  /** Whether {@code ctx} failed while its body was being read. */
  public static boolean unreadable(RoutingContext ctx) {
    return ctx.failure() != null && Boolean.TRUE.equals(ctx.get(READING));
  }

  /** {@code "The request body is not well-formed application/x-www-form-urlencoded."} */
  public static String unreadableMessage(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    String essence = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return essence.isEmpty()
        ? "The request body cannot be read."
        : "The request body is not well-formed " + essence + ".";
  }
}
