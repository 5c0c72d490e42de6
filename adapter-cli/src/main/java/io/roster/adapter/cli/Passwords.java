package io.roster.adapter.cli;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.credential.Credential;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's password, set as an update of their credentials: the password credential gets the new
 * secret (hashed by the use case before it is stored), every other credential is kept as it is.
 */
final class Passwords {
  /** The credential type a password is stored under (types ignore case). */
  static final String PASSWORD = "Password";

  /** As for {@code ROSTER_ADMIN_PASSWORD}. */
  static final int MIN_LENGTH = 8;

  private Passwords() {}

  static void set(Cli.Session session, Principal operator, UserId user, String password) {
    if (password == null || password.isBlank() || password.length() < MIN_LENGTH) {
      throw new CliFailure(
          ExitCodes.USAGE, "a password has at least " + MIN_LENGTH + " characters");
    }
    session
        .calls()
        .updateUser()
        .update(
            new UpdateUserCommand(
                operator, user, null, Precondition.none(), current -> draft(current, password)));
  }

  private static Draft<User> draft(UserView current, String password) {
    List<CredentialDraft> credentials = new ArrayList<>();
    boolean replaced = false;
    for (Credential credential : current.user().access().credentials()) {
      if (credential.isOfType(PASSWORD) && !replaced) {
        credentials.add(
            new CredentialDraft(
                credential.type(), Secret.plain(password), credential.displayValue()));
        replaced = true;
      } else {
        credentials.add(
            new CredentialDraft(credential.type(), Secret.keep(), credential.displayValue()));
      }
    }
    if (!replaced) {
      credentials.add(
          new CredentialDraft(PASSWORD, Secret.plain(password), current.user().login().username()));
    }
    return Draft.<User>builder().put(UserFields.CREDENTIALS, credentials).build();
  }
}
