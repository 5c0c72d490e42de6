package io.roster.adapter.rest.wello;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.adapter.rest.auth.Authenticator;
import io.roster.adapter.rest.http.Dialect;
import io.roster.adapter.rest.http.Fallbacks;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MalformedBody;
import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.Preconditions;
import io.roster.adapter.rest.http.Prefer;
import io.roster.adapter.rest.http.QueryOptions;
import io.roster.adapter.rest.http.RequestLog;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.reference.ReferenceDataUseCase;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationUseCase;
import io.roster.application.port.in.salesorg.FindSalesOrganizationsUseCase;
import io.roster.application.port.in.salesorg.GetSalesOrganizationUseCase;
import io.roster.application.port.in.salesorg.UpdateSalesOrganizationCommand;
import io.roster.application.port.in.salesorg.UpdateSalesOrganizationUseCase;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * The Wello v6 dialect: {@code /api/User}, {@code /api/SalesOrganization} and the reference lists,
 * with {@code /api/User({id})} and {@code /api/User/{id}} alike and paths ignoring case.
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
  private final UseCaseRunner runner;
  private final JsonCodec json;

  public WelloRoutes(Calls useCases, UseCaseRunner runner, JsonCodec json) {
    this.useCases = useCases;
    this.runner = runner;
    this.json = json;
  }

  /** Mounts the routes; returns the dialect's paths and failure handler. */
  public Dialect mount(Router router) {
    WelloErrors errors = new WelloErrors(json);
    router.routeWithRegex(PATHS).failureHandler(errors);
    resource(router, "user", this::listUsers, this::getUser, this::putUser, this::postUser);
    resource(
        router,
        "salesorganization",
        this::listOrganizations,
        this::getOrganization,
        this::putOrganization,
        this::postOrganization);
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
              respond(
                  ctx,
                  type,
                  () ->
                      useCases.referenceData().list(caller(ctx), kind).stream()
                          .map(WelloRoutes::item)
                          .toList());
            });
    router.routeWithRegex("(?i)^/api/" + name + "/?$").handler(ctx -> notAllowed(ctx, "GET"));
  }

  // users

  private void listUsers(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    ListQuery query = query(ctx, WelloFields.USER_FILTERS, UserFields.ARCHIVED);
    runner
        .run(() -> useCases.findUsers().find(caller(ctx), query).map(view -> present(view).body()))
        .onSuccess(page -> sendPage(ctx, type, page))
        .onFailure(ctx::fail);
  }

  private void getUser(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    UserId id = UserId.of(id(ctx));
    runner
        .run(() -> present(useCases.getUser().get(caller(ctx), id)))
        .onSuccess(user -> send(ctx, 200, type, user.body(), user.version()))
        .onFailure(ctx::fail);
  }

  private void putUser(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    UserId id = UserId.of(id(ctx));
    WelloUser body = body(ctx, WelloUser.class);
    Draft<User> draft = WelloDrafts.user(body, Prefer.strict(ctx));
    UpdateUserCommand command =
        new UpdateUserCommand(
            caller(ctx),
            id,
            body.id() == null ? null : UserId.of(body.id()),
            Preconditions.ifMatch(ctx),
            draft);
    runner
        .run(() -> present(useCases.updateUser().update(command).after()))
        .onSuccess(user -> send(ctx, minimal(ctx) ? 204 : 200, type, user.body(), user.version()))
        .onFailure(ctx::fail);
  }

  private void postUser(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    WelloUser body = body(ctx, WelloUser.class);
    Draft<User> draft = WelloDrafts.user(body, Prefer.strict(ctx));
    CreateUserCommand command =
        new CreateUserCommand(caller(ctx), body.id() == null ? null : UserId.of(body.id()), draft);
    runner
        .run(() -> present(useCases.createUser().create(command).after()))
        .onSuccess(
            user -> {
              ctx.response().putHeader("Location", "/api/User(" + user.body().id() + ")");
              send(ctx, 201, type, minimal(ctx) ? null : user.body(), user.version());
            })
        .onFailure(ctx::fail);
  }

  // sales organizations

  private void listOrganizations(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    ListQuery query =
        query(ctx, WelloFields.ORGANIZATION_FILTERS, SalesOrganizationFields.ARCHIVED);
    runner
        .run(
            () ->
                useCases
                    .findSalesOrganizations()
                    .find(caller(ctx), query)
                    .map(WelloMapper.INSTANCE::toWello))
        .onSuccess(page -> sendPage(ctx, type, page))
        .onFailure(ctx::fail);
  }

  private void getOrganization(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    SalesOrganizationId id = SalesOrganizationId.of(id(ctx));
    runner
        .run(() -> useCases.getSalesOrganization().get(caller(ctx), id))
        .onSuccess(o -> send(ctx, 200, type, WelloMapper.INSTANCE.toWello(o), o.version()))
        .onFailure(ctx::fail);
  }

  private void putOrganization(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    SalesOrganizationId id = SalesOrganizationId.of(id(ctx));
    WelloSalesOrganization body = body(ctx, WelloSalesOrganization.class);
    if (body.id() != null && !body.id().equals(id.value())) {
      throw ValidationFailed.of("id", FieldError.Code.MISMATCH, "does not match the id in the URL");
    }
    UpdateSalesOrganizationCommand command =
        new UpdateSalesOrganizationCommand(
            caller(ctx), id, Preconditions.ifMatch(ctx), WelloDrafts.organization(body, false));
    runner
        .run(() -> useCases.updateSalesOrganization().update(command).after())
        .onSuccess(
            o ->
                send(
                    ctx,
                    minimal(ctx) ? 204 : 200,
                    type,
                    WelloMapper.INSTANCE.toWello(o),
                    o.version()))
        .onFailure(ctx::fail);
  }

  private void postOrganization(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    WelloSalesOrganization body = body(ctx, WelloSalesOrganization.class);
    CreateSalesOrganizationCommand command =
        new CreateSalesOrganizationCommand(
            caller(ctx),
            body.id() == null ? null : SalesOrganizationId.of(body.id()),
            WelloDrafts.organization(body, false));
    runner
        .run(() -> useCases.createSalesOrganization().create(command).after())
        .onSuccess(
            o -> {
              ctx.response().putHeader("Location", "/api/SalesOrganization(" + o.id() + ")");
              send(
                  ctx,
                  201,
                  type,
                  minimal(ctx) ? null : WelloMapper.INSTANCE.toWello(o),
                  o.version());
            })
        .onFailure(ctx::fail);
  }

  // the pieces

  /** A user as Wello shows it, with its organization and country code. */
  private static Answer present(UserView view) {
    ReferenceItem country = view.references().country();
    WelloUser body =
        WelloMapper.INSTANCE.toWello(
            view.user(),
            view.references().salesOrganization(),
            country == null ? null : country.code());
    return new Answer(body, view.user().lifecycle().version());
  }

  private record Answer(WelloUser body, long version) {}

  private static WelloListItem item(ReferenceItem item) {
    return new WelloListItem(item.id(), item.number(), item.code(), item.name());
  }

  private <T> T body(RoutingContext ctx, Class<T> type) {
    MediaTypes.requireBody(ctx, JSON);
    // Vert.x gives no buffer (and a length of -1) when a request has no body at all.
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    if (body == null || body.length() == 0) {
      throw new HttpProblem(400, "", "A non-empty request body is required.");
    }
    try {
      T value = json.read(body, type);
      if (value == null) {
        throw new HttpProblem(400, "", "The request body must be a JSON object.");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new MalformedBody(e);
    }
  }

  /**
   * Values of a body that could not be read are refused together with every error the rest of it
   * meets: {@code rest} runs the checks of the write of what could be read, and saves nothing.
   */
  private static boolean minimal(RoutingContext ctx) {
    return Prefer.minimal(ctx);
  }

  private static UUID id(RoutingContext ctx) {
    String text =
        ctx.pathParam("param0") != null ? ctx.pathParam("param0") : ctx.pathParam("param1");
    String bare = text == null ? "" : text.replaceFirst("(?i)^guid'(.*)'$", "$1").replace("'", "");
    try {
      if (bare.length() != 36) {
        throw new IllegalArgumentException();
      }
      return UUID.fromString(bare);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(
          400, "id", "The value '" + text + "' is not a valid globally unique identifier.");
    }
  }

  private static ListQuery query(
      RoutingContext ctx, Map<String, Field<?, ?>> filters, Field<?, ?> archived) {
    return QueryOptions.listQuery(ctx, filters, archived, List.of());
  }

  /**
   * {@code body} with its ETag; a 204, or a 201 without {@code body} ({@code Prefer:
   * return=minimal}), has none.
   */
  private void send(RoutingContext ctx, int status, String type, Object body, long version) {
    ctx.response().putHeader("ETag", Preconditions.etag(version));
    if (status == 204 || body == null) {
      ctx.response().setStatusCode(status).end();
      return;
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", type + "; charset=utf-8")
        .end(json.write(body));
  }

  private <T> void sendPage(RoutingContext ctx, String type, Page<T> page) {
    ctx.response()
        .putHeader("X-Total-Count", Long.toString(page.total()))
        .putHeader("Content-Type", type + "; charset=utf-8")
        .end(json.write(page.items()));
  }

  private <T> void respond(RoutingContext ctx, String type, Callable<T> work) {
    runner
        .run(work)
        .onSuccess(
            body ->
                ctx.response()
                    .putHeader("Content-Type", type + "; charset=utf-8")
                    .end(json.write(body)))
        .onFailure(ctx::fail);
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

  private static Principal caller(RoutingContext ctx) {
    return Authenticator.principal(ctx);
  }
}
