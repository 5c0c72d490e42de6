package io.roster.adapter.rest.superoffice;

import static io.roster.adapter.rest.superoffice.SoExchange.caller;
import static io.roster.adapter.rest.superoffice.SoExchange.presenter;
import static io.roster.domain.user.UserFields.*;

import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.QueryOptions;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.user.NewUser;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.field.Field;
import io.roster.domain.user.UserType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * The SuperOffice routes that read users: {@code GET /api/v1/User/{id}}, the list {@code GET
 * /api/v1/User} with its filters, and the defaults of a new user, {@code GET /api/v1/User/default}.
 */
final class SoUserReads {
  private static final Map<String, Field<?, ?>> FILTERS =
      Map.ofEntries(
          Map.entry("name", INITIALS),
          Map.entry("username", USERNAME),
          Map.entry("nickname", NICK_NAME),
          Map.entry("firstname", FIRSTNAME),
          Map.entry("lastname", LASTNAME),
          Map.entry("email", EMAIL),
          Map.entry("deleted", ARCHIVED));

  private final SuperOfficeRoutes.Calls useCases;
  private final UseCaseRunner runner;
  private final JsonCodec json;
  private final SoBodies bodies;
  private final SoExchange exchange;

  SoUserReads(
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

  void get(RoutingContext ctx) {
    SoBodies.answerIn(ctx);
    SoSelect select = SoSelect.parse(ctx.queryParams().get("$select"));
    Principal caller = caller(ctx);
    String id = ctx.pathParam("param0");
    runner
        .run(
            () -> {
              return exchange.answer(ctx, exchange.find(caller, id), select);
            })
        .onSuccess(answer -> SoExchange.send(ctx, 200, answer))
        .onFailure(ctx::fail);
  }

  /**
   * {@code GET /api/v1/User/default[?userType=ResourceAssociate]}: a new, unsaved user with its
   * defaults (AssociateId 0), of the type asked (InternalAssociate when none; an unknown type is a
   * 400), and the rights the caller would have on it. As in SuperOffice it is a {@code User}, not a
   * {@code UserWithLinks}: no {@code _Links}, and {@code <User>} as the root of XML.
   */
  void defaultUser(RoutingContext ctx) {
    SoBodies.answerIn(ctx);
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

  void list(RoutingContext ctx) {
    SoBodies.answerIn(ctx);
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
                        ctx,
                        SoExchange.base(ctx),
                        query.offset() + page.items().size(),
                        query.limit()));
              }
              return bodies.answer(ctx, answer.toBuffer(), "Users");
            })
        .onSuccess(answer -> ctx.response().end(answer))
        .onFailure(ctx::fail);
  }
}
