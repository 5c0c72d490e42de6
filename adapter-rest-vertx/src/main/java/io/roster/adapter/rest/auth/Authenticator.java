package io.roster.adapter.rest.auth;

import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.SessionUseCase;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * Finds out who is calling, before any API route runs: {@code Authorization: Basic} (user name and
 * password, Wello's {@code user:password@domain} too), {@code Bearer} (an access token from {@code
 * POST /auth/token}), {@code SoTicket} (a session ticket from {@code POST /auth/session}), or the
 * session cookie. A state-changing request authenticated only by the cookie must repeat the {@code
 * XSRF-TOKEN} cookie's value in {@code X-XSRF-TOKEN}. A request carrying {@code SO-AppToken} comes
 * from a partner app. Anything else fails with {@link AuthenticationFailed} (401) or {@link
 * AccessDenied} (403) for the dialect's failure handler to answer.
 */
public final class Authenticator implements Handler<RoutingContext> {
  static final String PRINCIPAL = "roster.principal";
  public static final String SESSION_COOKIE = "roster_session";
  public static final String XSRF_COOKIE = "XSRF-TOKEN";
  public static final String XSRF_HEADER = "X-XSRF-TOKEN";
  public static final String APP_TOKEN_HEADER = "SO-AppToken";

  /** What a 401 answer offers in {@code WWW-Authenticate}. */
  public static final String CHALLENGE = "Basic realm=\"Roster\", Bearer realm=\"Roster\"";

  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final AuthenticateUseCase authentication;
  private final SessionUseCase sessions;
  private final UseCaseRunner runner;
  private final Tokens tokens;
  private final String domainSuffix;

  Authenticator(
      AuthenticateUseCase authentication,
      SessionUseCase sessions,
      UseCaseRunner runner,
      Tokens tokens,
      String domain) {
    this.authentication = authentication;
    this.sessions = sessions;
    this.runner = runner;
    this.tokens = tokens;
    this.domainSuffix = "@" + domain.toLowerCase(Locale.ROOT);
  }

  /** The caller of a request this handler let through. */
  public static Principal principal(RoutingContext ctx) {
    Principal principal = ctx.get(PRINCIPAL);
    if (principal == null) {
      throw new IllegalStateException("no authenticated caller on " + ctx.request().path());
    }
    return principal;
  }

  @Override
  public void handle(RoutingContext ctx) {
    boolean partnerApp = ctx.request().getHeader(APP_TOKEN_HEADER) != null;
    caller(ctx)
        .onSuccess(
            principal -> {
              ctx.put(PRINCIPAL, partnerApp ? principal.viaPartnerApp() : principal);
              ctx.next();
            })
        .onFailure(ctx::fail);
  }

  private Future<Principal> caller(RoutingContext ctx) {
    String authorization = ctx.request().getHeader("Authorization");
    if (authorization == null) {
      return bySessionCookie(ctx);
    }
    int space = authorization.indexOf(' ');
    String scheme =
        (space < 0 ? authorization : authorization.substring(0, space)).toLowerCase(Locale.ROOT);
    String value = space < 0 ? "" : authorization.substring(space + 1).trim();
    switch (scheme) {
      case "basic":
        return basic(value, clientAddress(ctx));
      case "bearer":
        return tokens
            .verify(value)
            .recover(e -> Future.failedFuture(new AuthenticationFailed()))
            .compose(user -> runner.run(() -> authentication.resume(user)));
      case "soticket":
        return runner.run(() -> sessions.use(value)).map(SessionUseCase.Active::caller);
      default:
        return Future.failedFuture(new AuthenticationFailed());
    }
  }

  private Future<Principal> basic(String encoded, String address) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new AuthenticationFailed());
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Future.failedFuture(new AuthenticationFailed());
    }
    String username = decoded.substring(0, colon);
    String password = withoutDomain(decoded.substring(colon + 1));
    return runner.run(() -> authentication.authenticate(username, password, address));
  }

  /** Wello clients send {@code password@domain}; the domain must be this instance's. */
  private String withoutDomain(String password) {
    if (password.toLowerCase(Locale.ROOT).endsWith(domainSuffix)) {
      return password.substring(0, password.length() - domainSuffix.length());
    }
    return password;
  }

  private Future<Principal> bySessionCookie(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(SESSION_COOKIE);
    if (cookie == null) {
      return Future.failedFuture(new AuthenticationFailed());
    }
    String ticket = cookie.getValue();
    return runner
        .run(() -> sessions.use(ticket))
        .compose(
            session -> {
              if (!SAFE.contains(ctx.request().method())
                  && !same(ctx.request().getHeader(XSRF_HEADER), session.xsrfToken())) {
                return Future.failedFuture(
                    new AccessDenied(
                        "A request authenticated by the session cookie must send the XSRF-TOKEN"
                            + " cookie's value in the X-XSRF-TOKEN header."));
              }
              return Future.succeededFuture(session.caller());
            });
  }

  static String clientAddress(RoutingContext ctx) {
    return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
  }

  /** Compares in constant time. */
  static boolean same(String given, String expected) {
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
