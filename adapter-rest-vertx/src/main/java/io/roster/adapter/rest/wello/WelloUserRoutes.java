package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloExchange.caller;
import static io.roster.adapter.rest.wello.WelloExchange.id;
import static io.roster.adapter.rest.wello.WelloRoutes.JSON;

import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.Preconditions;
import io.roster.adapter.rest.http.Prefer;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import io.vertx.ext.web.RoutingContext;

/**
 * The Wello user routes: {@code GET} and {@code POST /api/User}, {@code GET} and {@code PUT
 * /api/User({id})}; a user is shown with its sales organization and country code.
 */
final class WelloUserRoutes {
  private final WelloRoutes.Calls useCases;
  private final UseCaseRunner runner;
  private final WelloExchange exchange;

  WelloUserRoutes(WelloRoutes.Calls useCases, UseCaseRunner runner, WelloExchange exchange) {
    this.useCases = useCases;
    this.runner = runner;
    this.exchange = exchange;
  }

  void list(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    ListQuery query = WelloExchange.query(ctx, WelloFields.USER_FILTERS, UserFields.ARCHIVED);
    runner
        .run(() -> useCases.findUsers().find(caller(ctx), query).map(view -> present(view).body()))
        .onSuccess(page -> exchange.sendPage(ctx, type, page))
        .onFailure(ctx::fail);
  }

  void get(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    UserId id = UserId.of(id(ctx));
    runner
        .run(() -> present(useCases.getUser().get(caller(ctx), id)))
        .onSuccess(user -> exchange.send(ctx, 200, type, user.body(), user.version()))
        .onFailure(ctx::fail);
  }

  void put(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    UserId id = UserId.of(id(ctx));
    WelloUser body = exchange.body(ctx, WelloUser.class);
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
        .onSuccess(
            user ->
                exchange.send(
                    ctx, Prefer.minimal(ctx) ? 204 : 200, type, user.body(), user.version()))
        .onFailure(ctx::fail);
  }

  void post(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    WelloUser body = exchange.body(ctx, WelloUser.class);
    Draft<User> draft = WelloDrafts.user(body, Prefer.strict(ctx));
    CreateUserCommand command =
        new CreateUserCommand(caller(ctx), body.id() == null ? null : UserId.of(body.id()), draft);
    runner
        .run(() -> present(useCases.createUser().create(command).after()))
        .onSuccess(
            user -> {
              ctx.response().putHeader("Location", "/api/User(" + user.body().id() + ")");
              exchange.send(
                  ctx, 201, type, Prefer.minimal(ctx) ? null : user.body(), user.version());
            })
        .onFailure(ctx::fail);
  }

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
}
