package io.roster.adapter.rest.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
  private static final String ROUTE = "roster.route";
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
    ctx.addEndHandler(done -> logEnd(ctx, id, started));
    ctx.next();
  }

  /**
   * The access log line: {@code <id> PUT /api/v1/User/7 -> 200 in 3.1 ms}; its fields (id, method,
   * path, route when a dialect named it, status, duration) ride along as the record's last
   * parameter, for a structured log format.
   */
  private static void logEnd(RoutingContext ctx, String id, long started) {
    if (!LOG.isLoggable(Level.INFO)) {
      return;
    }
    double millis = Math.round((System.nanoTime() - started) / 1e5) / 10.0;
    Map<String, Object> fields = fields(ctx);
    fields.put("status", ctx.response().getStatusCode());
    fields.put("durationMs", millis);
    String text =
        String.format(
            Locale.ROOT,
            "%s %s %s -> %d in %.1f ms",
            id,
            ctx.request().method(),
            ctx.request().path(),
            ctx.response().getStatusCode(),
            millis);
    // The message is the text; the fields ride along as the last parameter.
    LOG.log(Level.INFO, "{0}", text, fields);
  }

  /**
   * The fields of every log line about {@code ctx}'s request: its id, method, path, and route when
   * a dialect named it. A structured log format writes them beside the message.
   */
  public static Map<String, Object> fields(RoutingContext ctx) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(KEY, id(ctx));
    fields.put("method", ctx.request().method().name());
    fields.put("path", ctx.request().path());
    String route = ctx.get(ROUTE);
    if (route != null) {
      fields.put("route", route);
    }
    return fields;
  }

  /**
   * Logs that Roster failed on {@code ctx}'s request, as an error of {@code logger} with the
   * failure and the request's {@link #fields}.
   */
  public static void failed(String logger, RoutingContext ctx, Throwable failure) {
    LogRecord record = new LogRecord(java.util.logging.Level.SEVERE, "request {0} failed");
    record.setLoggerName(logger);
    record.setParameters(new Object[] {id(ctx), fields(ctx)});
    record.setThrown(failure);
    Logger.getLogger(logger).log(record);
  }

  /**
   * Names the route pattern serving {@code ctx} ({@code PUT /api/v1/User/{id}}) for the access log;
   * routes matched by a regular expression have no pattern of their own.
   */
  public static void route(RoutingContext ctx, String route) {
    ctx.put(ROUTE, route);
  }

  /** The route pattern a dialect named for {@code ctx}, or {@code null}. */
  public static String route(RoutingContext ctx) {
    return ctx.get(ROUTE);
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
