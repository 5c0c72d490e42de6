package io.roster.adapter.rest.http;

import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.vertx.core.Handler;
import io.vertx.core.VertxException;
import io.vertx.ext.web.RoutingContext;

/**
 * The one mapping from what can go wrong with a request to the status and headers it is answered
 * with; a dialect extends it only to write each kind of failure in its own shape. Headers every
 * dialect sends are set here ({@code WWW-Authenticate} on a 401, {@code Retry-After} on a 429 or
 * 503). An answer already ended is left alone, and an unexpected failure is logged, never shown.
 */
public abstract class FailureHandler implements Handler<RoutingContext> {
  /** The message for a body over the limit, in every dialect. */
  public static final String TOO_LARGE = "The request body is larger than the server accepts.";

  private final String logger;
  private final String challenge;

  /**
   * @param logger the logger unexpected failures are written to
   * @param challenge the {@code WWW-Authenticate} value of a 401
   */
  protected FailureHandler(String logger, String challenge) {
    this.logger = logger;
    this.challenge = challenge;
  }

  @Override
  public final void handle(RoutingContext ctx) {
    answer(ctx, ctx.failure());
  }

  /**
   * Answers {@code failure} as {@link #handle} answers the failure routed to it: for what the
   * router refuses itself, before a route could fail the request (see {@link MalformedPaths}).
   */
  public final void answer(RoutingContext ctx, Throwable failure) {
    if (ctx.response().ended()) {
      return;
    }
    if (failure instanceof AuthenticationFailed) {
      ctx.response().putHeader("WWW-Authenticate", challenge);
      unauthenticated(ctx);
    } else if (failure instanceof TooManyAttempts throttled) {
      ctx.response()
          .putHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
      throttled(ctx, throttled);
    } else if (failure instanceof AccessDenied denied) {
      denied(ctx, denied);
    } else if (failure instanceof UniquenessViolated taken) {
      taken(ctx, taken);
    } else if (failure instanceof FieldFailure invalid) {
      invalid(ctx, invalid);
    } else if (failure instanceof NotFound missing) {
      notFound(ctx, missing);
    } else if (failure instanceof VersionConflict conflict) {
      changed(ctx, conflict);
    } else if (failure instanceof StoreUnavailable) {
      ctx.response().putHeader("Retry-After", "5");
      unavailable(ctx);
    } else if (failure instanceof HttpProblem problem) {
      problem(ctx, problem.status(), problem.field(), problem.getMessage());
    } else if (failure instanceof MalformedBody body) {
      malformed(ctx, body);
    } else if (failure != null && dialectFailure(ctx, failure)) {
      return;
    } else if (RequestBodies.unreadable(ctx)) {
      unreadable(ctx, RequestBodies.unreadableMessage(ctx));
    } else if (failure == null && ctx.statusCode() == 413) {
      problem(ctx, 413, null, TOO_LARGE);
    } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      // A status Vert.x decided about the request itself: an HTTP/1.1 request without Host.
      problem(ctx, ctx.statusCode(), null, vertxsWords(failure));
    } else if (failure == null && ctx.statusCode() > 0 && ctx.statusCode() != 500) {
      problem(ctx, ctx.statusCode(), null, "The request could not be served.");
    } else {
      RequestLog.failed(logger, ctx, failure);
      internal(ctx);
    }
  }

  /** What Vert.x said about a request it refused, when it said something. */
  private static String vertxsWords(Throwable failure) {
    return failure instanceof VertxException refused && refused.getMessage() != null
        ? refused.getMessage()
        : "The request could not be served.";
  }

  /** 401: no credentials, or wrong ones. */
  protected abstract void unauthenticated(RoutingContext ctx);

  /** 429: too many failed log-ons. */
  protected abstract void throttled(RoutingContext ctx, TooManyAttempts throttled);

  /** 403: the caller may not do this, or may not change {@link AccessDenied#fields()}. */
  protected abstract void denied(RoutingContext ctx, AccessDenied denied);

  /** 409: values another user or organization holds. */
  protected abstract void taken(RoutingContext ctx, UniquenessViolated taken);

  /** 400: every field at fault, at once. */
  protected abstract void invalid(RoutingContext ctx, FieldFailure invalid);

  /** 404: nothing has that id. */
  protected abstract void notFound(RoutingContext ctx, NotFound missing);

  /**
   * 412 when the request gave a precondition that no longer holds; else 409 (a race lost again and
   * again).
   */
  protected abstract void changed(RoutingContext ctx, VersionConflict conflict);

  /** 503: the database cannot be reached. */
  protected abstract void unavailable(RoutingContext ctx);

  /**
   * Any other status the HTTP layer decided, with the property at fault when there is one ({@code
   * null}: none).
   */
  protected abstract void problem(RoutingContext ctx, int status, String field, String message);

  /** 400: the body is not the JSON or XML it should be. */
  protected abstract void malformed(RoutingContext ctx, MalformedBody body);

  /** 400: the body could not be read at all (a form the decoder refuses). */
  protected abstract void unreadable(RoutingContext ctx, String message);

  /** 500: Roster's own failure, already logged. */
  protected abstract void internal(RoutingContext ctx);

  /** A failure only this dialect raises; {@code true} when it answered it. */
  protected boolean dialectFailure(RoutingContext ctx, Throwable failure) {
    return false;
  }
}
