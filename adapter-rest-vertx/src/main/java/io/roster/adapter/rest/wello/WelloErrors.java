package io.roster.adapter.rest.wello;

import io.roster.adapter.rest.auth.Authenticator;
import io.roster.adapter.rest.http.FailureHandler;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MalformedBody;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Failures on a Wello route in the ASP.NET Web API shape: {@code {"Message": ...}}, with {@code
 * "ModelState": {"user.lastname": ["..."]}} when fields are at fault, each by its Wello name.
 */
final class WelloErrors extends FailureHandler {
  static final String INVALID = "The request is invalid.";

  private final JsonCodec json;

  WelloErrors(JsonCodec json) {
    super("roster.wello", Authenticator.CHALLENGE);
    this.json = json;
  }

  @Override
  protected void unauthenticated(RoutingContext ctx) {
    send(ctx, 401, "Authorization has been denied for this request.", null);
  }

  @Override
  protected void throttled(RoutingContext ctx, TooManyAttempts throttled) {
    send(ctx, 429, throttled.getMessage(), null);
  }

  @Override
  protected void denied(RoutingContext ctx, AccessDenied denied) {
    if (denied.fields().isEmpty()) {
      send(ctx, 403, denied.getMessage(), null);
      return;
    }
    List<String> fields = denied.fields().stream().map(names(ctx)).toList();
    Map<String, List<String>> state = new LinkedHashMap<>();
    fields.forEach(field -> state.put(qualified(ctx, field), List.of("may not be changed by you")));
    send(ctx, 403, "You may not change " + String.join(", ", fields) + ".", state);
  }

  /**
   * {@code code: 'KJ-1962' is already taken}: each field by its Wello name, as the client sent it.
   */
  @Override
  protected void taken(RoutingContext ctx, UniquenessViolated taken) {
    UnaryOperator<String> names = names(ctx);
    String message =
        taken.errors().stream()
            .map(error -> names.apply(error.field()) + ": " + error.message())
            .collect(Collectors.joining("; "));
    send(ctx, 409, message, modelState(ctx, taken));
  }

  @Override
  protected void invalid(RoutingContext ctx, FieldFailure invalid) {
    send(ctx, 400, INVALID, modelState(ctx, invalid));
  }

  @Override
  protected void notFound(RoutingContext ctx, NotFound missing) {
    send(ctx, 404, "No " + words(missing.kind()) + " has the id " + missing.key() + ".", null);
  }

  @Override
  protected void changed(RoutingContext ctx, VersionConflict conflict) {
    String subject = words(subject(ctx));
    if (ctx.request().getHeader("If-Match") != null) {
      send(ctx, 412, "The " + subject + " was changed since the version given in If-Match.", null);
    } else {
      send(ctx, 409, "The " + subject + " is being changed by others right now; try again.", null);
    }
  }

  @Override
  protected void unavailable(RoutingContext ctx) {
    send(ctx, 503, "The directory cannot be reached just now; try again shortly.", null);
  }

  /**
   * A 400 about a property names it in {@code ModelState}; one about the request as a whole (its
   * path or query string) says what is wrong in {@code Message}.
   */
  @Override
  protected void problem(RoutingContext ctx, int status, String field, String message) {
    Map<String, List<String>> state =
        field == null ? null : Map.of(qualified(ctx, field), List.of(message));
    send(ctx, status, status == 400 && field != null ? INVALID : message, state);
  }

  @Override
  protected void malformed(RoutingContext ctx, MalformedBody body) {
    send(ctx, 400, INVALID, Map.of(qualified(ctx, body.path()), List.of(body.description())));
  }

  @Override
  protected void unreadable(RoutingContext ctx, String message) {
    send(ctx, 400, message, null);
  }

  @Override
  protected void internal(RoutingContext ctx) {
    send(ctx, 500, "An error has occurred.", null);
  }

  private static String subject(RoutingContext ctx) {
    return ctx.get(WelloRoutes.SUBJECT, "user");
  }

  private static UnaryOperator<String> names(RoutingContext ctx) {
    return subject(ctx).equals("user") ? WelloFields::userName : WelloFields::organizationName;
  }

  private static Map<String, List<String>> modelState(RoutingContext ctx, FieldFailure failure) {
    UnaryOperator<String> names = names(ctx);
    Map<String, List<String>> state = new LinkedHashMap<>();
    for (FieldError error : failure.errors()) {
      state
          .computeIfAbsent(qualified(ctx, names.apply(error.field())), k -> new ArrayList<>())
          .add(error.message());
    }
    return state;
  }

  /** {@code user.lastname}; query options ({@code $filter}) are not the subject's properties. */
  private static String qualified(RoutingContext ctx, String field) {
    if (field.startsWith("$")) {
      return field;
    }
    return field.isEmpty() ? subject(ctx) : subject(ctx) + "." + field;
  }

  private static String words(String kind) {
    return kind.equals("SalesOrganization") || kind.equals("sales_organization")
        ? "sales organization"
        : "user";
  }

  private void send(
      RoutingContext ctx, int status, String message, Map<String, List<String>> modelState) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Message", message);
    if (modelState != null) {
      body.put("ModelState", modelState);
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .end(json.write(body));
  }
}
