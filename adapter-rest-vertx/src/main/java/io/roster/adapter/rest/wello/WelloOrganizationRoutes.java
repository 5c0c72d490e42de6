package io.roster.adapter.rest.wello;

import static io.roster.adapter.rest.wello.WelloExchange.caller;
import static io.roster.adapter.rest.wello.WelloExchange.id;
import static io.roster.adapter.rest.wello.WelloRoutes.JSON;

import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.Preconditions;
import io.roster.adapter.rest.http.Prefer;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.salesorg.UpdateSalesOrganizationCommand;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.vertx.ext.web.RoutingContext;

/**
 * The Wello sales organization routes: {@code GET} and {@code POST /api/SalesOrganization}, {@code
 * GET} and {@code PUT /api/SalesOrganization({id})}.
 */
final class WelloOrganizationRoutes {
  private final WelloRoutes.Calls useCases;
  private final UseCaseRunner runner;
  private final WelloExchange exchange;

  WelloOrganizationRoutes(
      WelloRoutes.Calls useCases, UseCaseRunner runner, WelloExchange exchange) {
    this.useCases = useCases;
    this.runner = runner;
    this.exchange = exchange;
  }

  void list(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    ListQuery query =
        WelloExchange.query(
            ctx, WelloFields.ORGANIZATION_FILTERS, SalesOrganizationFields.ARCHIVED);
    runner
        .run(
            () ->
                useCases
                    .findSalesOrganizations()
                    .find(caller(ctx), query)
                    .map(WelloMapper.INSTANCE::toWello))
        .onSuccess(page -> exchange.sendPage(ctx, type, page))
        .onFailure(ctx::fail);
  }

  void get(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    SalesOrganizationId id = SalesOrganizationId.of(id(ctx));
    runner
        .run(() -> useCases.getSalesOrganization().get(caller(ctx), id))
        .onSuccess(o -> exchange.send(ctx, 200, type, WelloMapper.INSTANCE.toWello(o), o.version()))
        .onFailure(ctx::fail);
  }

  void put(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    SalesOrganizationId id = SalesOrganizationId.of(id(ctx));
    WelloSalesOrganization body = exchange.body(ctx, WelloSalesOrganization.class);
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
                exchange.send(
                    ctx,
                    Prefer.minimal(ctx) ? 204 : 200,
                    type,
                    WelloMapper.INSTANCE.toWello(o),
                    o.version()))
        .onFailure(ctx::fail);
  }

  void post(RoutingContext ctx) {
    String type = MediaTypes.negotiate(ctx, JSON);
    WelloSalesOrganization body = exchange.body(ctx, WelloSalesOrganization.class);
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
              exchange.send(
                  ctx,
                  201,
                  type,
                  Prefer.minimal(ctx) ? null : WelloMapper.INSTANCE.toWello(o),
                  o.version());
            })
        .onFailure(ctx::fail);
  }
}
