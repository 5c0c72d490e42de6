package io.roster.adapter.rest.superoffice;

import static io.roster.domain.user.UserFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.adapter.rest.auth.Authenticator;
import io.roster.adapter.rest.http.Dialect;
import io.roster.adapter.rest.http.Fallbacks;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MalformedBody;
import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.Preconditions;
import io.roster.adapter.rest.http.QueryOptions;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.adapter.rest.http.XmlCodec;
import io.roster.adapter.rest.superoffice.locale.Culture;
import io.roster.adapter.rest.superoffice.locale.DisplayTexts;
import io.roster.adapter.rest.superoffice.locale.Language;
import io.roster.adapter.rest.superoffice.locale.TimeZones;
import io.roster.adapter.rest.superoffice.patch.Patches;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.ArchiveUserUseCase;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.NewUser;
import io.roster.application.port.in.user.NewUserUseCase;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.in.user.ValidateUserUseCase;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserKey;
import io.roster.domain.user.UserType;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
 * form, answers in JSON or XML ({@link SoBodies}); PATCH takes JSON Patch and merge patch.
 */
public final class SuperOfficeRoutes {
  private static final String ZONE = "roster.so.zone";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  private static final Map<String, Field<?, ?>> FILTERS =
      Map.ofEntries(
          Map.entry("name", INITIALS),
          Map.entry("username", USERNAME),
          Map.entry("nickname", NICK_NAME),
          Map.entry("firstname", FIRSTNAME),
          Map.entry("lastname", LASTNAME),
          Map.entry("email", EMAIL),
          Map.entry("deleted", ARCHIVED));

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

  private final Calls useCases;
  private final UseCaseRunner runner;
  private final JsonCodec json;

  /** Nulls as .NET writes them, {@code xsi:nil}: a .NET client reads {@code <Name/>} as "". */
  private final XmlCodec xml = new XmlCodec(true);

  private final SoBodies bodies;
  private final Duration slowCallThreshold;

  /**
   * @param slowCallThreshold calls slower than this are logged ({@link SlowCalls})
   */
  public SuperOfficeRoutes(
      Calls useCases, UseCaseRunner runner, JsonCodec json, Duration slowCallThreshold) {
    this.slowCallThreshold = slowCallThreshold;
    this.useCases = useCases;
    this.runner = runner;
    this.json = json;
    this.bodies = new SoBodies(json, xml);
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
    serve(router, DEFAULT, "/api/v1/User/default", Map.of(HttpMethod.GET, this::defaultUser));
    serve(router, VALIDATE, "/api/v1/User/Validate", Map.of(HttpMethod.POST, this::validate));
    serve(
        router,
        COLLECTION,
        "/api/v1/User",
        Map.of(HttpMethod.GET, this::list, HttpMethod.POST, this::create));
    serve(
        router,
        ITEM,
        "/api/v1/User/{id}",
        Map.of(
            HttpMethod.GET,
            this::get,
            HttpMethod.PUT,
            this::put,
            HttpMethod.PATCH,
            this::patch,
            HttpMethod.DELETE,
            this::delete));
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

  private void get(RoutingContext ctx) {
    answerIn(ctx);
    SoSelect select = SoSelect.parse(ctx.queryParams().get("$select"));
    Principal caller = caller(ctx);
    String id = ctx.pathParam("param0");
    runner
        .run(
            () -> {
              return answer(ctx, find(caller, id), select);
            })
        .onSuccess(answer -> send(ctx, 200, answer))
        .onFailure(ctx::fail);
  }

  private void put(RoutingContext ctx) {
    answerIn(ctx);
    SoSelect select = SoSelect.parse(ctx.queryParams().get("$select"));
    Principal caller = caller(ctx);
    String id = ctx.pathParam("param0");
    SoUser body = bodies.requiredUser(ctx);
    ZoneId zone = zone(ctx);
    runner
        .run(
            () -> {
              UpdateUserCommand command =
                  new UpdateUserCommand(
                      caller,
                      key(caller, id),
                      null,
                      SoPreconditions.of(ctx),
                      current -> SoDrafts.user(body, zone, current.user()));
              return answer(ctx, useCases.updateUser().update(command).after(), select);
            })
        .onSuccess(answer -> send(ctx, 200, answer))
        .onFailure(ctx::fail);
  }

  /**
   * {@code PATCH}: the patch applied to the user as a GET shows it to the caller, in the same
   * transaction, saved like a PUT of the result. A concurrent change is a 412 when the request has
   * a condition, else the use case runs again and the patch is applied to the newer state.
   */
  private void patch(RoutingContext ctx) {
    answerIn(ctx);
    String contentType = ctx.request().getHeader("Content-Type");
    if (!Patches.isPatch(contentType)) {
      MediaTypes.requireBody(ctx, Patches.MEDIA_TYPES);
    }
    byte[] patch =
        ctx.body() == null || ctx.body().buffer() == null ? null : ctx.body().buffer().getBytes();
    SoSelect select = SoSelect.parse(ctx.queryParams().get("$select"));
    Principal caller = caller(ctx);
    String id = ctx.pathParam("param0");
    Precondition given = SoPreconditions.of(ctx);
    ZoneId zone = zone(ctx);
    runner
        .run(
            () -> {
              UpdateUserCommand command =
                  new UpdateUserCommand(
                      caller,
                      key(caller, id),
                      null,
                      given,
                      current ->
                          SoDrafts.user(
                              patched(ctx, current, contentType, patch), zone, current.user()));
              return answer(ctx, useCases.updateUser().update(command).after(), select);
            })
        .onSuccess(answer -> send(ctx, 200, answer))
        .onFailure(ctx::fail);
  }

  /** {@code current} as the caller sees it, with {@code patch} applied, as a request body. */
  private SoUser patched(RoutingContext ctx, UserView current, String contentType, byte[] patch) {
    try {
      JsonNode shown = json.read(json.write(presenter(ctx).present(current)), JsonNode.class);
      JsonNode applied = Patches.apply(shown, contentType, SoPatchResult.currentNames(patch));
      if (!(applied instanceof ObjectNode object)) {
        throw new HttpProblem(400, "The patched User is not a JSON object.");
      }
      Buffer result = json.write(SoPatchResult.of(shown, object));
      SoUser user = json.read(result, SoUser.class);
      if (SoBodies.strict(ctx)) {
        SoBodies.refuseUnknown(user, json.unknownProperties(result, SoUser.class));
      }
      return user;
    } catch (JsonProcessingException e) {
      throw new MalformedBody(e);
    }
  }

  private void create(RoutingContext ctx) {
    answerIn(ctx);
    SoSelect select = SoSelect.parse(ctx.queryParams().get("$select"));
    Principal caller = caller(ctx);
    SoUser body = bodies.requiredUser(ctx);
    Draft<User> draft = SoDrafts.user(body, zone(ctx), null);
    runner
        .run(
            () -> {
              UserView saved =
                  useCases
                      .createUser()
                      .create(new CreateUserCommand(caller, null, draft, true))
                      .after();
              return answer(ctx, saved, select);
            })
        .onSuccess(
            answer -> {
              ctx.response().putHeader("Location", "/api/v1/User/" + answer.associateId());
              send(ctx, 200, answer);
            })
        .onFailure(ctx::fail);
  }

  private void delete(RoutingContext ctx) {
    Principal caller = caller(ctx);
    String id = ctx.pathParam("param0");
    runner
        .run(
            () ->
                useCases
                    .archiveUser()
                    .archive(
                        new ArchiveUserCommand(caller, key(caller, id), SoPreconditions.of(ctx)))
                    .after())
        .onSuccess(
            view ->
                ctx.response()
                    .putHeader("ETag", Preconditions.etag(view.user().lifecycle().version()))
                    .setStatusCode(204)
                    .end())
        .onFailure(ctx::fail);
  }

  /**
   * {@code POST /api/v1/User/Validate}: {@code 200} with {@code {"Person.Lastname": "is required",
   * ...}}, one entry per property at fault (messages joined by "; "), or {@code {}} when valid.
   * With an {@code AssociateId} the body is checked as an update of that user, else as a new user.
   */
  private void validate(RoutingContext ctx) {
    answerIn(ctx);
    Principal caller = caller(ctx);
    SoUser body = bodies.requiredUser(ctx);
    Culture culture = SoErrors.culture(ctx);
    runner
        .run(
            () -> {
              List<FieldError> errors;
              try {
                ZoneId zone = zone(ctx);
                if (body.associateId() != null && body.associateId() > 0) {
                  errors =
                      useCases
                          .validateUser()
                          .validate(
                              new UpdateUserCommand(
                                  caller,
                                  AssociateId.of(body.associateId()),
                                  null,
                                  Preconditions.ifMatch(ctx),
                                  current -> SoDrafts.user(body, zone, current.user())));
                } else {
                  Draft<User> draft = SoDrafts.user(body, zone, null);
                  errors =
                      useCases
                          .validateUser()
                          .validate(new CreateUserCommand(caller, null, draft, true));
                }
              } catch (ValidationFailed invalid) {
                errors = invalid.errors();
              }
              Map<String, String> byField = SoErrors.byField(errors, culture);
              return SoBodies.xml(ctx)
                  ? bodies.answer(ctx, SoBodies.XmlFieldMessages.of(byField), "FieldErrors")
                  : json.write(byField);
            })
        .onSuccess(answer -> ctx.response().end(answer))
        .onFailure(ctx::fail);
  }

  /**
   * {@code GET /api/v1/User/default[?userType=ResourceAssociate]}: a new, unsaved user with its
   * defaults (AssociateId 0), of the type asked (InternalAssociate when none; an unknown type is a
   * 400), and the rights the caller would have on it. As in SuperOffice it is a {@code User}, not a
   * {@code UserWithLinks}: no {@code _Links}, and {@code <User>} as the root of XML.
   */
  private void defaultUser(RoutingContext ctx) {
    answerIn(ctx);
    SoSelect select = SoSelect.parse(ctx.queryParams().get("$select"));
    Principal caller = caller(ctx);
    runner
        .run(
            () -> {
              UserType type = SoDrafts.type("userType", ctx.queryParams().get("userType"));
              NewUser user =
                  useCases
                      .newUser()
                      .defaults(caller, type == null ? UserType.INTERNAL_ASSOCIATE : type);
              JsonObject shown = new JsonObject(json.write(presenter(ctx).present(user)));
              shown.remove("_Links");
              return bodies.answer(
                  ctx, (select == null ? shown : select.apply(shown)).toBuffer(), "User");
            })
        .onSuccess(answer -> ctx.response().end(answer))
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    answerIn(ctx);
    SoSelect select = SoSelect.parse(ctx.queryParams().get("$select"));
    ListQuery query =
        QueryOptions.listQuery(
            ctx, FILTERS, ARCHIVED, SoOrderBy.parse(ctx.queryParams().get(SoOrderBy.PARAMETER)));
    Principal caller = caller(ctx);
    runner
        .run(
            () -> {
              Page<UserView> page = useCases.findUsers().find(caller, query);
              SoPresenter presenter = presenter(ctx);
              JsonArray value = new JsonArray();
              for (UserView user : page.items()) {
                JsonObject shown = new JsonObject(json.write(presenter.present(user)));
                value.add(select == null ? shown : select.apply(shown));
              }
              JsonObject answer = new JsonObject().put("value", value);
              if (page.hasMore()) {
                answer.put(
                    "odata.nextLink",
                    SoLinks.nextPage(
                        ctx, base(ctx), query.offset() + page.items().size(), query.limit()));
              }
              return bodies.answer(ctx, answer.toBuffer(), "Users");
            })
        .onSuccess(answer -> ctx.response().end(answer))
        .onFailure(ctx::fail);
  }

  // the pieces

  /**
   * An answer made on the worker, written out in the media type negotiated: a bad $select, or a
   * user that cannot be written in it, fails the request there (a 500 in the dialect's shape), not
   * once the answer has begun on the event loop, where the request would be left unanswered.
   */
  private record Answer(Buffer body, long version, int associateId) {}

  private Answer answer(RoutingContext ctx, UserView view, SoSelect select) {
    Buffer body = json.write(presenter(ctx).present(view));
    if (select != null) {
      body = select.apply(new JsonObject(body)).toBuffer();
    }
    User user = view.user();
    return new Answer(
        bodies.answer(ctx, body, SoBodies.USER_ROOT),
        user.lifecycle().version(),
        user.associateId().value());
  }

  private void send(RoutingContext ctx, int status, Answer answer) {
    ctx.response()
        .putHeader("ETag", Preconditions.etag(answer.version()))
        .setStatusCode(status)
        .end(answer.body());
  }

  private SoPresenter presenter(RoutingContext ctx) {
    return new SoPresenter(base(ctx), SoDates.of(ctx), DisplayTexts.of(Language.of(ctx)));
  }

  /**
   * The request's {@code SO-TimeZone}, as checked when the call began; UTC when the call failed
   * before that.
   */
  static ZoneId zone(RoutingContext ctx) {
    ZoneId zone = ctx.get(ZONE);
    return zone != null ? zone : ZoneOffset.UTC;
  }

  /** Answers in JSON or XML as the request accepts ({@link SoBodies#answerIn}); 406 otherwise. */
  private static void answerIn(RoutingContext ctx) {
    SoBodies.answerIn(ctx);
  }

  /**
   * Where the request came to, for absolute links: {@code http://host:port} (HTTP/1.0 may send no
   * host).
   */
  private static String base(RoutingContext ctx) {
    Object authority = ctx.request().authority();
    return ctx.request().scheme() + "://" + (authority == null ? "localhost" : authority);
  }

  /** The user an id names: an associate id, or a user name when not a number. */
  private UserView find(Principal caller, String id) {
    UserKey key = numericKey(id);
    return key != null
        ? useCases.getUser().get(caller, key)
        : useCases.getUser().getByUsername(caller, id);
  }

  private UserKey key(Principal caller, String id) {
    UserKey key = numericKey(id);
    return key != null ? key : useCases.getUser().getByUsername(caller, id).user().associateId();
  }

  private static UserKey numericKey(String id) {
    if (!NUMBER.matcher(id).matches()) {
      return null;
    }
    int number;
    try {
      number = Integer.parseInt(id);
    } catch (NumberFormatException e) {
      throw new HttpProblem(400, "id", "The id '" + id + "' is not an int32.");
    }
    if (number <= 0) {
      throw new NotFound("User", id);
    }
    return AssociateId.of(number);
  }

  private static Principal caller(RoutingContext ctx) {
    return Authenticator.principal(ctx);
  }
}
