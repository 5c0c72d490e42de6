package io.roster.adapter.rest.http;

import io.roster.application.port.in.Precondition;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETags are versions: {@code "7"}. An If-Match that names another version does not hold (412). */
public final class Preconditions {
  private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private Preconditions() {}

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  public static Precondition ifMatch(RoutingContext ctx) {
    String header = ctx.request().getHeader("If-Match");
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return Precondition.none();
    }
    Matcher tag = TAG.matcher(header.trim());
    // A tag Roster never gave out matches no version: the change is refused like a stale one.
    return Precondition.version(tag.matches() ? Long.parseLong(tag.group(1)) : -1);
  }
}
