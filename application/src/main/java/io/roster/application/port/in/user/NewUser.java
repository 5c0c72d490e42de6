package io.roster.application.port.in.user;

import io.roster.application.port.in.auth.UserRights;
import io.roster.domain.user.UserType;
import java.util.Objects;

/**
 * A user not yet created, as a client is shown it before filling it in: the type asked for, the
 * rights the caller would have on it, and what it would refer to (the sales organization it would
 * join when the request names none; no reference items yet). Every other field is empty.
 */
public record NewUser(UserType type, UserRights rights, UserReferences references) {
  public NewUser {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rights, "rights");
    Objects.requireNonNull(references, "references");
  }
}
