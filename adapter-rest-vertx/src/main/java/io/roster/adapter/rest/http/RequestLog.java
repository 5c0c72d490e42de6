package io.roster.adapter.rest.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a plain token, else a new
 * one), returns it in the response, and logs each request once, when it ends, with its status and
 * duration. Mounted first, it notes when the request arrived ({@link #arrived}), so that other
 * timings can count from there too.
 */
public final class RequestLog implements Handler<RoutingContext> {
  public static final String HEADER = "X-Request-Id";
  public static final String KEY = "requestId";
  private static final String ARRIVED = "roster.arrived";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final System.Logger LOG = System.getLogger("roster.http");

  @Override
  public void handle(RoutingContext ctx) {
    long started = System.nanoTime();
    ctx.put(ARRIVED, started);
    String given = ctx.request().getHeader(HEADER);
    String id =
        given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.put(KEY, id);
    ctx.response().putHeader(HEADER, id);
    ctx.addEndHandler(
        done ->
            LOG.log(
                Level.INFO,
                () ->
                    String.format(
                        "%s %s %s -> %d in %.1f ms",
                        id,
                        ctx.request().method(),
                        ctx.request().path(),
                        ctx.response().getStatusCode(),
                        (System.nanoTime() - started) / 1e6)));
    ctx.next();
  }

  public static String id(RoutingContext ctx) {
    return ctx.get(KEY, "-");
  }

  /**
   * When {@code ctx}'s request arrived, as {@link System#nanoTime()} read then (the start of the
   * duration logged); empty when no request log runs on it.
   */
  public static OptionalLong arrived(RoutingContext ctx) {
    Long arrived = ctx.get(ARRIVED);
    return arrived == null ? OptionalLong.empty() : OptionalLong.of(arrived);
  }
}
