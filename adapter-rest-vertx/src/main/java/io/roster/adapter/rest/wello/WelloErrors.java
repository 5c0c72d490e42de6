package io.roster.adapter.rest.wello;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.adapter.rest.auth.Authenticator;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonProblems;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.RequestBodies;
import io.roster.adapter.rest.http.RequestLog;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Every failure on a Wello route, answered in the ASP.NET Web API shape: {@code {"Message": ...}},
 * with {@code "ModelState": {"user.lastname": ["..."]}} when fields are at fault. Never a stack
 * trace.
 */
final class WelloErrors implements Handler<RoutingContext> {
  private static final System.Logger LOG = System.getLogger("roster.wello");
  static final String INVALID = "The request is invalid.";

  private final JsonCodec json;

  WelloErrors(JsonCodec json) {
    this.json = json;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    String subject = ctx.get(WelloRoutes.SUBJECT, "user");
    UnaryOperator<String> names = subject.equals("user") ? WelloFields::userName : WelloFields::organizationName;
    if (failure instanceof AuthenticationFailed) {
      ctx.response().putHeader("WWW-Authenticate", Authenticator.CHALLENGE);
      send(ctx, 401, "Authorization has been denied for this request.", null);
    } else if (failure instanceof TooManyAttempts throttled) {
      ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
      send(ctx, 429, throttled.getMessage(), null);
    } else if (failure instanceof AccessDenied denied) {
      if (denied.fields().isEmpty()) {
        send(ctx, 403, denied.getMessage(), null);
      } else {
        List<String> fields = denied.fields().stream().map(names).toList();
        Map<String, List<String>> state = new LinkedHashMap<>();
        fields.forEach(field -> state.put(qualified(subject, field), List.of("may not be changed by you")));
        send(ctx, 403, "You may not change " + String.join(", ", fields) + ".", state);
      }
    } else if (failure instanceof UniquenessViolated clash) {
      send(ctx, 409, describe(clash, names), modelState(subject, clash, names));
    } else if (failure instanceof FieldFailure invalid) {
      send(ctx, 400, INVALID, modelState(subject, invalid, names));
    } else if (failure instanceof NotFound notFound) {
      send(ctx, 404, "No " + words(notFound.kind()) + " has the id " + notFound.key() + ".", null);
    } else if (failure instanceof VersionConflict) {
      if (ctx.request().getHeader("If-Match") != null) {
        send(ctx, 412, "The " + words(subject) + " was changed since the version given in If-Match.", null);
      } else {
        send(ctx, 409, "The " + words(subject) + " is being changed by others right now; try again.", null);
      }
    } else if (failure instanceof StoreUnavailable) {
      ctx.response().putHeader("Retry-After", "5");
      send(ctx, 503, "The directory cannot be reached just now; try again shortly.", null);
    } else if (failure instanceof HttpProblem problem) {
      Map<String, List<String>> state =
          problem.field() == null ? null : Map.of(qualified(subject, problem.field()), List.of(problem.getMessage()));
      send(ctx, problem.status(), problem.status() == 400 ? INVALID : problem.getMessage(), state);
    } else if (failure instanceof WelloRoutes.MalformedBody body
        && body.getCause() instanceof JsonProcessingException malformed) {
      String field = qualified(subject, JsonProblems.path(malformed));
      send(ctx, 400, INVALID, Map.of(field, List.of(JsonProblems.describe(malformed))));
    } else if (RequestBodies.unreadable(ctx)) {
      send(ctx, 400, RequestBodies.unreadableMessage(ctx), null);
    } else if (failure == null && ctx.statusCode() == 413) {
      send(ctx, 413, "The request body is larger than the server accepts.", null);
    } else if (failure == null && ctx.statusCode() > 0 && ctx.statusCode() != 500) {
      send(ctx, ctx.statusCode(), "The request could not be served.", null);
    } else {
      LOG.log(Level.ERROR, "request " + RequestLog.id(ctx) + " failed", failure);
      send(ctx, 500, "An error has occurred.", null);
    }
  }

  private static Map<String, List<String>> modelState(
      String subject, FieldFailure failure, UnaryOperator<String> names) {
    Map<String, List<String>> state = new LinkedHashMap<>();
    for (FieldError error : failure.errors()) {
      state.computeIfAbsent(qualified(subject, names.apply(error.field())), k -> new ArrayList<>())
          .add(error.message());
    }
    return state;
  }

  /** {@code code: 'KJ-1962' is already taken}: each field by its Wello name, as the client sent it. */
  private static String describe(FieldFailure failure, UnaryOperator<String> names) {
    return failure.errors().stream()
        .map(error -> names.apply(error.field()) + ": " + error.message())
        .collect(Collectors.joining("; "));
  }

  /** {@code user.lastname}; query options ({@code $filter}) are not the subject's properties. */
  private static String qualified(String subject, String field) {
    if (field.startsWith("$")) {
      return field;
    }
    return field.isEmpty() ? subject : subject + "." + field;
  }

  private static String words(String kind) {
    return kind.equals("SalesOrganization") || kind.equals("sales_organization") ? "sales organization" : "user";
  }

  private void send(RoutingContext ctx, int status, String message, Map<String, List<String>> modelState) {
    if (ctx.response().ended()) {
      return;
    }
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
