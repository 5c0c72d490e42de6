package io.roster.adapter.rest.wello;

import io.roster.adapter.rest.http.Dialect;
import io.roster.adapter.rest.http.Fallbacks;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.RequestLog;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.application.port.in.reference.ReferenceDataUseCase;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationUseCase;
import io.roster.application.port.in.salesorg.FindSalesOrganizationsUseCase;
import io.roster.application.port.in.salesorg.GetSalesOrganizationUseCase;
import io.roster.application.port.in.salesorg.UpdateSalesOrganizationUseCase;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Wello v6 dialect: {@code /api/User}, {@code /api/SalesOrganization} and the reference lists,
 * with {@code /api/User({id})} and {@code /api/User/{id}} alike and paths ignoring case. This class
 * mounts the routes and serves the reference lists; {@link WelloUserRoutes} and {@link
 * WelloOrganizationRoutes} handle the rest, over {@link WelloExchange}.
 */
public final class WelloRoutes {
  static final String SUBJECT = "wello.subject";

  /** Every path under {@code /api} but SuperOffice's {@code /api/v1}, and {@code /api} itself. */
  private static final String PATHS = "(?i)^/api(?:/(?!v1(?:/|$)).*)?$";

  static final List<String> JSON = List.of("application/json", "text/json");

  /** The use cases the Wello routes call. */
  public record Calls(
      GetUserUseCase getUser,
      FindUsersUseCase findUsers,
      CreateUserUseCase createUser,
      UpdateUserUseCase updateUser,
      GetSalesOrganizationUseCase getSalesOrganization,
      FindSalesOrganizationsUseCase findSalesOrganizations,
      CreateSalesOrganizationUseCase createSalesOrganization,
      UpdateSalesOrganizationUseCase updateSalesOrganization,
      ReferenceDataUseCase referenceData) {}

  private final Calls useCases;
  private final JsonCodec json;
  private final WelloExchange exchange;
  private final WelloUserRoutes users;
  private final WelloOrganizationRoutes organizations;

  public WelloRoutes(Calls useCases, UseCaseRunner runner, JsonCodec json) {
    this.useCases = useCases;
    this.json = json;
    this.exchange = new WelloExchange(runner, json);
    this.users = new WelloUserRoutes(useCases, runner, exchange);
    this.organizations = new WelloOrganizationRoutes(useCases, runner, exchange);
  }

  /** Mounts the routes; returns the dialect's paths and failure handler. */
  public Dialect mount(Router router) {
    WelloErrors errors = new WelloErrors(json);
    router.routeWithRegex(PATHS).failureHandler(errors);
    resource(router, "user", users::list, users::get, users::put, users::post);
    resource(
        router,
        "salesorganization",
        organizations::list,
        organizations::get,
        organizations::put,
        organizations::post);
    referenceList(router, "country", ReferenceKind.COUNTRY);
    referenceList(router, "language", ReferenceKind.LANGUAGE);
    referenceList(router, "currency", ReferenceKind.CURRENCY);
    referenceList(router, "usergroup", ReferenceKind.USER_GROUP);
    Fallbacks.notFound(router, PATHS);
    return new Dialect(Pattern.compile(PATHS), errors);
  }

  private void resource(
      Router router,
      String name,
      Handler<RoutingContext> list,
      Handler<RoutingContext> get,
      Handler<RoutingContext> put,
      Handler<RoutingContext> post) {
    String subject = name.equals("user") ? "user" : "sales_organization";
    String collection = "(?i)^/api/" + name + "/?$";
    String item = "(?i)^/api/" + name + "(?:\\(([^)/]*)\\)|/([^/()]+))/?$";
    String resource = name.equals("user") ? "User" : "SalesOrganization";
    router
        .routeWithRegex(collection)
        .handler(
            ctx -> {
              ctx.put(SUBJECT, subject);
              RequestLog.route(ctx, "/api/" + resource);
              ctx.next();
            });
    router
        .routeWithRegex(item)
        .handler(
            ctx -> {
              ctx.put(SUBJECT, subject);
              RequestLog.route(ctx, "/api/" + resource + "({id})");
              ctx.next();
            });
    router.routeWithRegex(HttpMethod.GET, collection).handler(list);
    router.routeWithRegex(HttpMethod.POST, collection).handler(post);
    router.routeWithRegex(HttpMethod.GET, item).handler(get);
    router.routeWithRegex(HttpMethod.PUT, item).handler(put);
    router.routeWithRegex(collection).handler(ctx -> notAllowed(ctx, "GET, POST"));
    router.routeWithRegex(item).handler(ctx -> notAllowed(ctx, "GET, PUT"));
  }

  private void referenceList(Router router, String name, ReferenceKind kind) {
    router
        .routeWithRegex(HttpMethod.GET, "(?i)^/api/" + name + "/?$")
        .handler(
            ctx -> {
              String type = MediaTypes.negotiate(ctx, JSON);
              exchange.respond(
                  ctx,
                  type,
                  () ->
                      useCases.referenceData().list(WelloExchange.caller(ctx), kind).stream()
                          .map(WelloRoutes::item)
                          .toList());
            });
    router.routeWithRegex("(?i)^/api/" + name + "/?$").handler(ctx -> notAllowed(ctx, "GET"));
  }

  private static WelloListItem item(ReferenceItem item) {
    return new WelloListItem(item.id(), item.number(), item.code(), item.name());
  }

  private static void notAllowed(RoutingContext ctx, String allowed) {
    boolean deletingAUser =
        ctx.request().method() == HttpMethod.DELETE && ctx.<String>get(SUBJECT, "").equals("user");
    Fallbacks.notAllowed(
        ctx,
        allowed,
        deletingAUser
            ? " Users cannot be deleted: archive them (PUT with \"archived\": true)."
            : "");
  }
}
