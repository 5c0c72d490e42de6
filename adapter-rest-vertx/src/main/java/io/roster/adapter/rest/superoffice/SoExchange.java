package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.auth.Authenticator;
import io.roster.adapter.rest.http.HttpProblem;
import io.roster.adapter.rest.http.JsonCodec;
import io.roster.adapter.rest.http.Preconditions;
import io.roster.adapter.rest.superoffice.locale.DisplayTexts;
import io.roster.adapter.rest.superoffice.locale.Language;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.failure.NotFound;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserKey;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/**
 * What the SuperOffice user routes share: the user an id in the path names, the caller, and the
 * answer, a user as the caller sees it written in the media type negotiated and sent with its
 * {@code ETag}.
 */
final class SoExchange {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  private final GetUserUseCase getUser;
  private final JsonCodec json;
  private final SoBodies bodies;

  SoExchange(GetUserUseCase getUser, JsonCodec json, SoBodies bodies) {
    this.getUser = getUser;
    this.json = json;
    this.bodies = bodies;
  }

  /**
   * An answer made on the worker, written out in the media type negotiated: a bad $select, or a
   * user that cannot be written in it, fails the request there (a 500 in the dialect's shape), not
   * once the answer has begun on the event loop, where the request would be left unanswered.
   */
  record Answer(Buffer body, long version, int associateId) {}

  Answer answer(RoutingContext ctx, UserView view, SoSelect select) {
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

  static void send(RoutingContext ctx, int status, Answer answer) {
    ctx.response()
        .putHeader("ETag", Preconditions.etag(answer.version()))
        .setStatusCode(status)
        .end(answer.body());
  }

  static SoPresenter presenter(RoutingContext ctx) {
    return new SoPresenter(base(ctx), SoDates.of(ctx), DisplayTexts.of(Language.of(ctx)));
  }

  /**
   * Where the request came to, for absolute links: {@code http://host:port} (HTTP/1.0 may send no
   * host).
   */
  static String base(RoutingContext ctx) {
    Object authority = ctx.request().authority();
    return ctx.request().scheme() + "://" + (authority == null ? "localhost" : authority);
  }

  /** The user an id names: an associate id, or a user name when not a number. */
  UserView find(Principal caller, String id) {
    UserKey key = numericKey(id);
    return key != null ? getUser.get(caller, key) : getUser.getByUsername(caller, id);
  }

  /** The key of the user an id names, looking a user name up only when the id is not a number. */
  UserKey key(Principal caller, String id) {
    UserKey key = numericKey(id);
    return key != null ? key : getUser.getByUsername(caller, id).user().associateId();
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

  static Principal caller(RoutingContext ctx) {
    return Authenticator.principal(ctx);
  }
}
