package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.http.Preconditions;
import io.roster.application.port.in.Precondition;
import io.vertx.ext.web.RoutingContext;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The conditions of a change: {@code If-Match} (a version), else {@code If-Unmodified-Since} (an
 * HTTP date compared with the user's last change). As RFC 9110 says, If-Unmodified-Since is ignored
 * when If-Match is sent, and so is a date that is not an HTTP date.
 */
final class SoPreconditions {
  static final String IF_UNMODIFIED_SINCE = "If-Unmodified-Since";

  private SoPreconditions() {}

  static Precondition of(RoutingContext ctx) {
    if (ctx.request().getHeader("If-Match") != null) {
      return Preconditions.ifMatch(ctx);
    }
    String since = ctx.request().getHeader(IF_UNMODIFIED_SINCE);
    if (since == null || since.isBlank()) {
      return Precondition.none();
    }
    try {
      return Precondition.unmodifiedSince(
          ZonedDateTime.parse(since.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Precondition.none();
    }
  }

  /** Whether the request carries a condition (a conflict is then 412, not a retry). */
  static boolean conditional(RoutingContext ctx) {
    return !(of(ctx) instanceof Precondition.None);
  }
}
