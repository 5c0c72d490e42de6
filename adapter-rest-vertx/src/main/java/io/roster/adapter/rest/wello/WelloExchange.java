package io.roster.adapter.rest.wello;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.adapter.rest.auth.Authenticator;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.MalformedBody;
import io.roster.adapter.rest.http.MediaTypes;
import io.roster.adapter.rest.http.Preconditions;
import io.roster.adapter.rest.http.QueryOptions;
import io.roster.adapter.rest.http.UseCaseRunner;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;
import io.roster.domain.field.Field;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * What every Wello route does with its request and its answer: reads the JSON body, the id in the
 * path, the list's query options and the caller; writes a resource with its {@code ETag}, a page
 * with its {@code X-Total-Count}, or what a use case returns, in JSON.
 */
final class WelloExchange {
  private final UseCaseRunner runner;
  private final JsonCodec json;

  WelloExchange(UseCaseRunner runner, JsonCodec json) {
    this.runner = runner;
    this.json = json;
  }

  /** The request's JSON body as a {@code type}; a 415, or a 400 when it is missing or malformed. */
  <T> T body(RoutingContext ctx, Class<T> type) {
    MediaTypes.requireBody(ctx, WelloRoutes.JSON);
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

  /** The id in the path, {@code (id)}, {@code (guid'id')} or {@code /id}; a 400 if not a GUID. */
  static UUID id(RoutingContext ctx) {
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

  static ListQuery query(
      RoutingContext ctx, Map<String, Field<?, ?>> filters, Field<?, ?> archived) {
    return QueryOptions.listQuery(ctx, filters, archived, List.of());
  }

  static Principal caller(RoutingContext ctx) {
    return Authenticator.principal(ctx);
  }

  /**
   * {@code body} with its ETag; a 204, or a 201 without {@code body} ({@code Prefer:
   * return=minimal}), has none.
   */
  void send(RoutingContext ctx, int status, String type, Object body, long version) {
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

  <T> void sendPage(RoutingContext ctx, String type, Page<T> page) {
    ctx.response()
        .putHeader("X-Total-Count", Long.toString(page.total()))
        .putHeader("Content-Type", type + "; charset=utf-8")
        .end(json.write(page.items()));
  }

  /** Runs {@code work} off the event loop and answers with what it returns. */
  <T> void respond(RoutingContext ctx, String type, Callable<T> work) {
    runner
        .run(work)
        .onSuccess(
            body ->
                ctx.response()
                    .putHeader("Content-Type", type + "; charset=utf-8")
                    .end(json.write(body)))
        .onFailure(ctx::fail);
  }
}
