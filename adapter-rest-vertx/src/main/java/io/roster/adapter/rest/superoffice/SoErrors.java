package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.auth.Authenticator;
import io.roster.adapter.rest.http.FailureHandler;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MalformedBody;
import io.roster.adapter.rest.http.XmlCodec;
import io.roster.adapter.rest.superoffice.locale.Culture;
import io.roster.adapter.rest.superoffice.locale.Language;
import io.roster.adapter.rest.superoffice.locale.TimeZones;
import io.roster.adapter.rest.superoffice.locale.UnknownTimeZone;
import io.roster.adapter.rest.superoffice.patch.PatchException;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Failures on a SuperOffice route in SuperOffice's shape: {@code {"Error": true, "ErrorType": ...,
 * "ErrorMessage": ..., "ErrorSource": ...}}, in XML when the request prefers it. Field errors are
 * listed in the message with the dialect's property names and numbers in the request's culture;
 * {@code ErrorSource} is the request ({@code PUT /api/v1/User/7}).
 */
final class SoErrors extends FailureHandler {
  private final JsonCodec json;
  private final XmlCodec xml;

  SoErrors(JsonCodec json, XmlCodec xml) {
    super("roster.superoffice", Authenticator.CHALLENGE);
    this.json = json;
    this.xml = xml;
  }

  @Override
  protected void unauthenticated(RoutingContext ctx) {
    send(ctx, 401, "Unauthorized", "Authentication is required: send valid credentials.");
  }

  @Override
  protected void throttled(RoutingContext ctx, TooManyAttempts throttled) {
    send(ctx, 429, "TooManyRequests", throttled.getMessage());
  }

  @Override
  protected void denied(RoutingContext ctx, AccessDenied denied) {
    String message =
        denied.fields().isEmpty()
            ? denied.getMessage()
            : "You may not change "
                + denied.fields().stream()
                    .map(SoFields::name)
                    .distinct()
                    .collect(Collectors.joining(", "))
                + ".";
    send(ctx, 403, "AccessDenied", message);
  }

  @Override
  protected void taken(RoutingContext ctx, UniquenessViolated taken) {
    send(ctx, 409, "Conflict", "Already taken: " + listed(taken.errors(), culture(ctx)));
  }

  @Override
  protected void invalid(RoutingContext ctx, FieldFailure invalid) {
    send(
        ctx,
        400,
        "ValidationFailed",
        "The user is invalid: " + listed(invalid.errors(), culture(ctx)));
  }

  @Override
  protected void notFound(RoutingContext ctx, NotFound missing) {
    send(ctx, 404, "NotFound", "No user has the id " + missing.key() + ".");
  }

  @Override
  protected void changed(RoutingContext ctx, VersionConflict conflict) {
    boolean ifMatch = ctx.request().getHeader("If-Match") != null;
    if (ifMatch || SoPreconditions.conditional(ctx)) {
      send(ctx, 412, "PreconditionFailed", preconditionFailed(ifMatch, when(ctx, conflict)));
    } else {
      send(ctx, 409, "Conflict", "The user is being changed by others right now; try again.");
    }
  }

  @Override
  protected void unavailable(RoutingContext ctx) {
    send(
        ctx,
        503,
        "ServiceUnavailable",
        "The directory cannot be reached just now; try again shortly.");
  }

  @Override
  protected void problem(RoutingContext ctx, int status, String field, String message) {
    boolean named = field == null || field.isEmpty() || message.startsWith(field);
    send(ctx, status, type(status), named ? message : field + ": " + message);
  }

  @Override
  protected void malformed(RoutingContext ctx, MalformedBody body) {
    String where = body.path().isEmpty() ? "" : " at " + body.path();
    send(
        ctx,
        400,
        "BadRequest",
        "The request body is not a valid User" + where + ": " + body.description());
  }

  @Override
  protected void unreadable(RoutingContext ctx, String message) {
    send(ctx, 400, "BadRequest", message);
  }

  @Override
  protected void internal(RoutingContext ctx) {
    send(ctx, 500, "InternalError", "An error has occurred.");
  }

  /** A time zone the request names that does not exist, or a patch that cannot be applied. */
  @Override
  protected boolean dialectFailure(RoutingContext ctx, Throwable failure) {
    if (failure instanceof UnknownTimeZone zone) {
      send(ctx, zone.status(), "BadRequest", zone.getMessage());
    } else if (failure instanceof PatchException patch) {
      send(ctx, patch.status(), type(patch.status()), patch.getMessage());
    } else {
      return false;
    }
    return true;
  }

  /** {@code Person.Lastname: is required; Rank: must be between 0 and 2,147,483,647}. */
  static String listed(List<FieldError> errors, Culture culture) {
    return byField(errors, culture).entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  /**
   * Dialect property -> its messages joined, numbers in them written in {@code culture}; the shape
   * of {@code POST /api/v1/User/Validate}.
   */
  static Map<String, String> byField(List<FieldError> errors, Culture culture) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldError error : errors) {
      fields.merge(
          SoFields.name(error.field()),
          error.message(culture::formatNumber),
          (a, b) -> a + "; " + b);
    }
    return fields;
  }

  /**
   * The culture numbers and dates in messages are written in ({@code SO-Culture}, the language).
   */
  static Culture culture(RoutingContext ctx) {
    return Culture.of(ctx, Language.of(ctx));
  }

  /**
   * Why a condition failed: {@code "The user was changed at 23.11.2026, 14:05:07 (Europe/Oslo)
   * since the version given in If-Match."}; without {@code when} (not known) the sentence names no
   * time.
   */
  static String preconditionFailed(boolean ifMatch, String when) {
    if (ifMatch) {
      return "The user was changed"
          + (when.isEmpty() ? "" : " at " + when)
          + " since the version given in If-Match.";
    }
    return when.isEmpty()
        ? "The user was changed since the date given in If-Unmodified-Since."
        : "The user was changed at " + when + ", after the date given in If-Unmodified-Since.";
  }

  /**
   * {@code "23.11.2026, 14:05:07 (Europe/Oslo)"}: when the user was last changed, in the request's
   * {@code SO-TimeZone} and culture; empty when not known.
   */
  private static String when(RoutingContext ctx, VersionConflict conflict) {
    if (conflict.changedAt().isEmpty()) {
      return "";
    }
    ZoneId zone = SuperOfficeRoutes.zone(ctx);
    return culture(ctx).formatDateTime(TimeZones.toZone(conflict.changedAt().get(), zone))
        + " ("
        + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId())
        + ")";
  }

  private static String type(int status) {
    switch (status) {
      case 400:
        return "BadRequest";
      case 401:
        return "Unauthorized";
      case 403:
        return "AccessDenied";
      case 404:
        return "NotFound";
      case 405:
        return "MethodNotAllowed";
      case 406:
        return "NotAcceptable";
      case 409:
        return "Conflict";
      case 412:
        return "PreconditionFailed";
      case 413:
        return "PayloadTooLarge";
      case 415:
        return "UnsupportedMediaType";
      default:
        return "Error";
    }
  }

  /**
   * Writes the error. A message may echo what the request sent (an id, a property name): in XML,
   * characters XML cannot carry are replaced ({@link XmlCodec#carriable}), so that the error itself
   * can always be written.
   */
  private void send(RoutingContext ctx, int status, String type, String message) {
    // In XML when the request accepts XML before JSON; in JSON otherwise (also for a 406).
    boolean inXml = status != 406 && SoBodies.xml(ctx);
    String source = ctx.request().method().name() + " " + ctx.request().path();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Error", true);
    body.put("ErrorType", type);
    body.put("ErrorMessage", inXml ? XmlCodec.carriable(message) : message);
    body.put("ErrorSource", inXml ? XmlCodec.carriable(source) : source);
    ctx.response()
        .setStatusCode(status)
        .putHeader(
            "Content-Type", (inXml ? "application/xml" : "application/json") + "; charset=utf-8")
        .end(inXml ? xml.write(body, "Error") : json.write(body));
  }
}
