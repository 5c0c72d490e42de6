package io.roster.adapter.rest.http;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The router's error handler for 400. A path Vert.x cannot decode (a {@code %} not followed by two
 * hexadecimal digits) fails while the router matches it against the routes, so no route and no
 * failure handler ever sees it: Vert.x hands it to this handler (and would otherwise answer a plain
 * text 400). It is answered as a 400 in the shape of the dialect whose paths the raw path is under
 * (in XML where that dialect would answer XML), and as {@code {"Message": ...}} elsewhere. Nothing
 * has run but the handlers every request passes first (request log, security headers): no
 * authentication, no use case. A query string that cannot be decoded ({@link QueryStrings}) on a
 * path no failure handler covers comes here too, and is answered with its own message.
 */
public final class MalformedPaths implements Handler<RoutingContext> {
  static final String MESSAGE =
      "The path is not well-formed: a % must be followed by two hexadecimal digits.";

  private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private final List<Dialect> dialects;

  public MalformedPaths(List<Dialect> dialects) {
    this.dialects = List.copyOf(dialects);
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.response().ended()) {
      return;
    }
    String path = ctx.request().path();
    String message =
        ctx.failure() instanceof HttpProblem problem
            ? problem.getMessage()
            : path != null && BROKEN_ESCAPE.matcher(path).find()
                ? MESSAGE
                : "The request is not well-formed.";
    for (Dialect dialect : dialects) {
      if (dialect.serves(path)) {
        dialect.failures().answer(ctx, new HttpProblem(400, message));
        return;
      }
    }
    ctx.response()
        .setStatusCode(400)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("Message", message).encode());
  }
}
