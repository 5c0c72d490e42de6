package io.roster.application.port.in.user;

import io.roster.application.port.in.auth.UserRights;
import io.roster.domain.user.User;
import java.util.Objects;

/**
 * A user as one caller may see them, what that caller may do with them, and what the user's
 * references point at: everything an answer about the user shows. The rights are decided on the
 * user as stored, so that what a dialect shows (masks, links) is what a write would be allowed;
 * {@code user} has every field the caller may not read cleared.
 */
public record UserView(User user, UserRights rights, UserReferences references) {
  public UserView {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(rights, "rights");
    Objects.requireNonNull(references, "references");
  }
}
