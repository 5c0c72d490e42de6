package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.http.Dialect;
import io.roster.adapter.rest.http.Fallbacks;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.adapter.rest.http.XmlCodec;
import io.roster.adapter.rest.superoffice.locale.TimeZones;
import io.roster.application.port.in.user.ArchiveUserUseCase;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.NewUserUseCase;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.application.port.in.user.ValidateUserUseCase;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SuperOffice WebAPI v1 User agent: {@code /api/v1/User}, paths ignoring case. A user is named
 * by its associate id, or by its user name when the id is not a number. Bodies in JSON, XML or a
 * form, answers in JSON or XML ({@link SoBodies}); PATCH takes JSON Patch and merge patch. This
 * class mounts the routes; {@link SoUserReads} and {@link SoUserWrites} handle them.
 */
public final class SuperOfficeRoutes {
  private static final String ZONE = "roster.so.zone";
  private static final String PATHS = "(?i)^/api/v1(?:/.*)?$";
  private static final String COLLECTION = "(?i)^/api/v1/user/?$";
  private static final String DEFAULT = "(?i)^/api/v1/user/default/?$";
  private static final String VALIDATE = "(?i)^/api/v1/user/validate/?$";
  private static final String ITEM = "(?i)^/api/v1/user/([^/]+)/?$";

  /** The use cases the SuperOffice routes call. */
  public record Calls(
      GetUserUseCase getUser,
      FindUsersUseCase findUsers,
      CreateUserUseCase createUser,
      UpdateUserUseCase updateUser,
      ArchiveUserUseCase archiveUser,
      ValidateUserUseCase validateUser,
      NewUserUseCase newUser) {}

  private final JsonCodec json;

  /** Nulls as .NET writes them, {@code xsi:nil}: a .NET client reads {@code <Name/>} as "". */
  private final XmlCodec xml = new XmlCodec(true);

  private final Duration slowCallThreshold;
  private final SoUserReads reads;
  private final SoUserWrites writes;

  /**
   * @param slowCallThreshold calls slower than this are logged ({@link SlowCalls})
   */
  public SuperOfficeRoutes(
      Calls useCases, UseCaseRunner runner, JsonCodec json, Duration slowCallThreshold) {
    this.slowCallThreshold = slowCallThreshold;
    this.json = json;
    SoBodies bodies = new SoBodies(json, xml);
    SoExchange exchange = new SoExchange(useCases.getUser(), json, bodies);
    this.reads = new SoUserReads(useCases, runner, json, bodies, exchange);
    this.writes = new SoUserWrites(useCases, runner, json, bodies, exchange);
  }

  /** Mounts the routes; returns the dialect's paths and failure handler. */
  public Dialect mount(Router router) {
    SoErrors errors = new SoErrors(json, xml);
    router.routeWithRegex(PATHS).failureHandler(errors);
    router.routeWithRegex(PATHS).handler(new SlowCalls(slowCallThreshold));
    // SO-TimeZone is checked once for every call, whether the call shows or reads a date-time or
    // not.
    router
        .routeWithRegex(PATHS)
        .handler(
            ctx -> {
              ctx.put(ZONE, TimeZones.of(ctx));
              ctx.next();
            });
    serve(router, DEFAULT, "/api/v1/User/default", Map.of(HttpMethod.GET, reads::defaultUser));
    serve(router, VALIDATE, "/api/v1/User/Validate", Map.of(HttpMethod.POST, writes::validate));
    serve(
        router,
        COLLECTION,
        "/api/v1/User",
        Map.of(HttpMethod.GET, reads::list, HttpMethod.POST, writes::create));
    serve(
        router,
        ITEM,
        "/api/v1/User/{id}",
        Map.of(
            HttpMethod.GET,
            reads::get,
            HttpMethod.PUT,
            writes::put,
            HttpMethod.PATCH,
            writes::patch,
            HttpMethod.DELETE,
            writes::delete));
    Fallbacks.notFound(router, PATHS);
    return new Dialect(Pattern.compile(PATHS), errors);
  }

  /**
   * The {@code handlers} of one resource by method, and a 405 naming the allowed methods for any
   * other method; slow calls to it are logged under {@code name}.
   */
  private static void serve(
      Router router, String regex, String name, Map<HttpMethod, Handler<RoutingContext>> handlers) {
    List<String> allowed = new ArrayList<>();
    for (HttpMethod method :
        List.of(
            HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
      Handler<RoutingContext> handler = handlers.get(method);
      if (handler != null) {
        allowed.add(method.name());
        router
            .routeWithRegex(method, regex)
            .handler(
                ctx -> {
                  SlowCalls.route(ctx, name);
                  handler.handle(ctx);
                });
      }
    }
    String allow = String.join(", ", allowed);
    router
        .routeWithRegex(regex)
        .handler(
            ctx -> {
              SlowCalls.route(ctx, name);
              Fallbacks.notAllowed(ctx, allow, "");
            });
  }

  /**
   * The request's {@code SO-TimeZone}, as checked when the call began; UTC when the call failed
   * before that.
   */
  static ZoneId zone(RoutingContext ctx) {
    ZoneId zone = ctx.get(ZONE);
    return zone != null ? zone : ZoneOffset.UTC;
  }
}
