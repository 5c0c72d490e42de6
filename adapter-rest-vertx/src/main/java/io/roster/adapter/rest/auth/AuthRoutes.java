package io.roster.adapter.rest.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.roster.adapter.rest.http.FormBody;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.RequestBodies;
import io.roster.adapter.rest.http.RequestLog;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.ChangePasswordUseCase;
import io.roster.application.port.in.auth.SessionUseCase;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.failure.FieldFailure;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Logging on and off: {@code POST /auth/token} (an OAuth2-shaped access token), {@code POST
 * /auth/session} and {@code DELETE /auth/session} (a session with ticket and cookies), {@code PUT
 * /auth/password} (a user changes their own password). Credentials come as a JSON or form body
 * ({@code username}, {@code password}; OAuth2's {@code grant_type=password} is accepted; a form is
 * read in the charset its Content-Type names, {@link FormBody}) or as {@code Authorization: Basic}.
 * Errors have OAuth2's shape: {@code {"error", "error_description"}}.
 */
public final class AuthRoutes {

  /** Bodies are parsed within the adapter's limits, not Vert.x's (Jackson's default) ones. */
  private static final JsonCodec JSON = new JsonCodec();

  /** The use cases the authentication routes call. */
  public record Calls(
      AuthenticateUseCase authenticate,
      ChangePasswordUseCase changePassword,
      SessionUseCase sessions) {}

  private final Calls useCases;
  private final UseCaseRunner runner;
  private final Tokens tokens;
  private final AuthSettings settings;
  private final Authenticator authenticator;

  public AuthRoutes(Vertx vertx, AuthSettings settings, Calls useCases, UseCaseRunner runner) {
    this.useCases = useCases;
    this.runner = runner;
    this.tokens = new Tokens(vertx, settings.tokenKey(), settings.tokenLifetime());
    this.settings = settings;
    this.authenticator =
        new Authenticator(
            useCases.authenticate(), useCases.sessions(), runner, tokens, settings.domain());
  }

  /** The handler that authenticates every API request. */
  public Authenticator authenticator() {
    return authenticator;
  }

  public void mount(Router router) {
    router.route("/auth/*").failureHandler(this::failure);
    router.post("/auth/token").handler(this::token);
    router.post("/auth/session").handler(this::startSession);
    router.delete("/auth/session").handler(authenticator).handler(this::endSession);
    router.put("/auth/password").handler(authenticator).handler(this::changePassword);
  }

  private void token(RoutingContext ctx) {
    Credentials given = credentials(ctx);
    String address = Authenticator.clientAddress(ctx);
    runner
        .run(() -> useCases.authenticate().logIn(given.username(), given.password(), address))
        .onSuccess(
            principal ->
                send(
                    ctx,
                    200,
                    new JsonObject()
                        .put("access_token", tokens.issue(principal.userId()))
                        .put("token_type", "Bearer")
                        .put("expires_in", tokens.lifetime().toSeconds())))
        .onFailure(ctx::fail);
  }

  private void startSession(RoutingContext ctx) {
    Credentials given = credentials(ctx);
    String address = Authenticator.clientAddress(ctx);
    runner
        .run(
            () ->
                useCases
                    .sessions()
                    .start(given.username(), given.password(), address, settings.sessionLifetime()))
        .onSuccess(
            session -> {
              boolean secure = ctx.request().isSSL();
              ctx.response()
                  .addCookie(
                      Cookie.cookie(Authenticator.SESSION_COOKIE, session.ticket())
                          .setPath("/")
                          .setHttpOnly(true)
                          .setSecure(secure)
                          .setSameSite(CookieSameSite.STRICT))
                  .addCookie(
                      Cookie.cookie(Authenticator.XSRF_COOKIE, session.xsrfToken())
                          .setPath("/")
                          .setSecure(secure)
                          .setSameSite(CookieSameSite.STRICT));
              send(
                  ctx,
                  200,
                  new JsonObject()
                      .put("ticket", session.ticket())
                      .put("token_type", "SoTicket")
                      .put("expires_in", session.idle().toSeconds()));
            })
        .onFailure(ctx::fail);
  }

  private void endSession(RoutingContext ctx) {
    String authorization = ctx.request().getHeader("Authorization");
    String ticket =
        authorization != null && authorization.regionMatches(true, 0, "SoTicket ", 0, 9)
            ? authorization.substring(9).trim()
            : ctx.request().getCookie(Authenticator.SESSION_COOKIE) == null
                ? null
                : ctx.request().getCookie(Authenticator.SESSION_COOKIE).getValue();
    Principal caller = Authenticator.principal(ctx);
    runner
        .run(() -> useCases.sessions().end(caller, ticket))
        .onSuccess(
            ended -> {
              if (!ended) {
                ctx.fail(
                    new HttpProblem(
                        400, "The request names no session: send its ticket or its cookie."));
                return;
              }
              ctx.response()
                  .addCookie(
                      Cookie.cookie(Authenticator.SESSION_COOKIE, "").setPath("/").setMaxAge(0))
                  .addCookie(Cookie.cookie(Authenticator.XSRF_COOKIE, "").setPath("/").setMaxAge(0))
                  .setStatusCode(204)
                  .end();
            })
        .onFailure(ctx::fail);
  }

  private void changePassword(RoutingContext ctx) {
    JsonObject body = jsonBody(ctx);
    String current = body.getValue("current_password") instanceof String s ? s : null;
    String next = body.getValue("new_password") instanceof String s ? s : null;
    Principal caller = Authenticator.principal(ctx);
    runner
        .run(
            () -> {
              useCases.changePassword().changePassword(caller, current, next);
              return null;
            })
        .onSuccess(done -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  private record Credentials(String username, String password) {}

  private static Credentials credentials(RoutingContext ctx) {
    if (FormBody.is(ctx)) {
      MultiMap form = FormBody.read(ctx);
      String grant = form.get("grant_type");
      if (grant != null && !grant.equals("password")) {
        throw new HttpProblem(400, "grant_type", "Only the password grant is supported.");
      }
      return required(form.get("username"), form.get("password"));
    }
    if (ctx.body() != null && ctx.body().length() > 0) {
      JsonObject body = jsonBody(ctx);
      return required(
          body.getValue("username") instanceof String s ? s : null,
          body.getValue("password") instanceof String s ? s : null);
    }
    String authorization = ctx.request().getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon > 0) {
          return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
      } catch (IllegalArgumentException e) {
        throw new AuthenticationFailed();
      }
    }
    throw new HttpProblem(
        400, "Send username and password (JSON or form body, or Basic authorization).");
  }

  private static Credentials required(String username, String password) {
    if (username == null || username.isEmpty() || password == null) {
      throw new HttpProblem(400, "username and password are required.");
    }
    return new Credentials(username, password);
  }

  private static JsonObject jsonBody(RoutingContext ctx) {
    try {
      JsonObject body = JSON.readObject(ctx.body().buffer());
      if (body == null) {
        throw new HttpProblem(400, "The request needs a JSON body.");
      }
      return body;
    } catch (StreamConstraintsException e) {
      throw new HttpProblem(400, "The body is refused: " + e.getOriginalMessage() + ".");
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, "The body is not a JSON object.");
    }
  }

  private void failure(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof AuthenticationFailed) {
      ctx.response().putHeader("WWW-Authenticate", Authenticator.CHALLENGE);
      error(ctx, 401, "invalid_grant", failure.getMessage());
    } else if (failure instanceof TooManyAttempts throttled) {
      ctx.response()
          .putHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
      error(ctx, 429, "too_many_attempts", failure.getMessage());
    } else if (failure instanceof AccessDenied) {
      error(ctx, 403, "access_denied", failure.getMessage());
    } else if (failure instanceof FieldFailure invalid) {
      error(
          ctx,
          400,
          "invalid_request",
          invalid.errors().stream()
              .map(e -> e.field() + " " + e.message())
              .collect(Collectors.joining("; ")));
    } else if (failure instanceof HttpProblem problem) {
      error(
          ctx,
          problem.status(),
          problem.status() == 400 ? "invalid_request" : "request_refused",
          problem.getMessage());
    } else if (failure instanceof StoreUnavailable) {
      ctx.response().putHeader("Retry-After", "5");
      error(
          ctx,
          503,
          "temporarily_unavailable",
          "The directory cannot be reached just now; try again shortly.");
    } else if (RequestBodies.unreadable(ctx)) {
      error(ctx, 400, "invalid_request", RequestBodies.unreadableMessage(ctx));
    } else if (failure == null && ctx.statusCode() == 413) {
      error(ctx, 413, "invalid_request", "The request body is larger than the server accepts.");
    } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      // A status Vert.x decided about the request itself: an HTTP/1.1 request without Host, an
      // Expect other than 100-continue.
      error(
          ctx,
          ctx.statusCode(),
          ctx.statusCode() == 400 ? "invalid_request" : "request_refused",
          failure instanceof VertxException refused && refused.getMessage() != null
              ? refused.getMessage()
              : "The request could not be served.");
    } else {
      RequestLog.failed("roster.auth", ctx, failure);
      error(ctx, 500, "server_error", "An error has occurred.");
    }
  }

  private static void error(RoutingContext ctx, int status, String code, String description) {
    send(ctx, status, new JsonObject().put("error", code).put("error_description", description));
  }

  private static void send(RoutingContext ctx, int status, JsonObject body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(body.toBuffer());
  }
}
