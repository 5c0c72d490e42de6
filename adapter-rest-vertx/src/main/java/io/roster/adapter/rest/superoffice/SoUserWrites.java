package io.roster.adapter.rest.superoffice;

import static io.roster.adapter.rest.superoffice.SoExchange.caller;
import static io.roster.adapter.rest.superoffice.SoExchange.send;
import static io.roster.adapter.rest.superoffice.SuperOfficeRoutes.zone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MalformedBody;
import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.Preconditions;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.adapter.rest.superoffice.locale.Culture;
import io.roster.adapter.rest.superoffice.patch.Patches;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The SuperOffice routes that write users: {@code PUT}, {@code PATCH} and {@code DELETE} of {@code
 * /api/v1/User/{id}}, {@code POST /api/v1/User}, and {@code POST /api/v1/User/Validate}, which
 * checks a body as such a write would and saves nothing.
 */
final class SoUserWrites {
  private final SuperOfficeRoutes.Calls useCases;
  private final UseCaseRunner runner;
  private final JsonCodec json;
  private final SoBodies bodies;
  private final SoExchange exchange;

  SoUserWrites(
      SuperOfficeRoutes.Calls useCases,
      UseCaseRunner runner,
      JsonCodec json,
      SoBodies bodies,
      SoExchange exchange) {
    this.useCases = useCases;
    this.runner = runner;
    this.json = json;
    this.bodies = bodies;
    this.exchange = exchange;
  }

  void put(RoutingContext ctx) {
    SoBodies.answerIn(ctx);
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
                      exchange.key(caller, id),
                      null,
                      SoPreconditions.of(ctx),
                      current -> SoDrafts.user(body, zone, current.user()));
              return exchange.answer(ctx, useCases.updateUser().update(command).after(), select);
            })
        .onSuccess(answer -> send(ctx, 200, answer))
        .onFailure(ctx::fail);
  }

  /**
   * {@code PATCH}: the patch applied to the user as a GET shows it to the caller, in the same
   * transaction, saved like a PUT of the result. A concurrent change is a 412 when the request has
   * a condition, else the use case runs again and the patch is applied to the newer state.
   */
  void patch(RoutingContext ctx) {
    SoBodies.answerIn(ctx);
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
                      exchange.key(caller, id),
                      null,
                      given,
                      current ->
                          SoDrafts.user(
                              patched(ctx, current, contentType, patch), zone, current.user()));
              return exchange.answer(ctx, useCases.updateUser().update(command).after(), select);
            })
        .onSuccess(answer -> send(ctx, 200, answer))
        .onFailure(ctx::fail);
  }

  /** {@code current} as the caller sees it, with {@code patch} applied, as a request body. */
  private SoUser patched(RoutingContext ctx, UserView current, String contentType, byte[] patch) {
    try {
      JsonNode shown =
          json.read(json.write(SoExchange.presenter(ctx).present(current)), JsonNode.class);
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

  void create(RoutingContext ctx) {
    SoBodies.answerIn(ctx);
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
              return exchange.answer(ctx, saved, select);
            })
        .onSuccess(
            answer -> {
              ctx.response().putHeader("Location", "/api/v1/User/" + answer.associateId());
              send(ctx, 200, answer);
            })
        .onFailure(ctx::fail);
  }

  void delete(RoutingContext ctx) {
    Principal caller = caller(ctx);
    String id = ctx.pathParam("param0");
    runner
        .run(
            () ->
                useCases
                    .archiveUser()
                    .archive(
                        new ArchiveUserCommand(
                            caller, exchange.key(caller, id), SoPreconditions.of(ctx)))
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
  void validate(RoutingContext ctx) {
    SoBodies.answerIn(ctx);
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
}
