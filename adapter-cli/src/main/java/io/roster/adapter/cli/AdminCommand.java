package io.roster.adapter.cli;

import io.roster.application.port.in.Role;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.failure.NotFound;
import io.roster.domain.reference.ReferenceItem;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster admin ...}: the installation's own upkeep. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Looks after the installation.",
    subcommands = {AdminCommand.ResetPassword.class})
final class AdminCommand {

  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description = {
        "The administrator's way back in: gives the administrator a new random password and"
            + " prints it, once, as the first start does.",
        "When the directory has no administrator yet, makes one (ROSTER_ADMIN_USERNAME, in the"
            + " sales organization ROSTER), as the first start of the server would."
      })
  static final class ResetPassword extends DirectoryCommand {
    @Option(
        names = "--username",
        paramLabel = "NAME",
        description = "The administrator's user name (default: ROSTER_ADMIN_USERNAME, admin).")
    String username;

    ResetPassword(Cli cli) {
      super(cli);
    }

    @Override
    int run(Cli.Session session) {
      String name = username != null ? username.trim() : session.administrator();
      String password = session.randomPassword();
      Optional<String> created =
          session.calls().firstAdministrator().ensureAdministrator(name, password);
      if (created.isPresent()) {
        out()
            .println(
                "Created the administrator '"
                    + created.get()
                    + "' with the password "
                    + password
                    + " (shown only this once; change it with PUT /auth/password).");
        return ExitCodes.OK;
      }
      UserView administrator;
      try {
        administrator = session.calls().getUser().getByUsername(cli.operator(), name);
      } catch (NotFound e) {
        throw new CliFailure(
            ExitCodes.FAILED,
            "no user is named '" + name + "'; give the administrator's user name with --username");
      }
      ReferenceItem role = administrator.references().role();
      if (role == null || !Role.ADMINISTRATOR.code().equalsIgnoreCase(role.code())) {
        throw new CliFailure(
            ExitCodes.FAILED,
            "'"
                + name
                + "' is not an administrator; set another user's password with roster users"
                + " set-password");
      }
      Passwords.set(session, cli.operator(), administrator.user().id(), password);
      String username = administrator.user().login().username();
      out()
          .println(
              "The administrator '"
                  + username
                  + "' has the new password "
                  + password
                  + " (shown only this once; change it with PUT /auth/password).");
      if (!administrator.user().canLogOn()) {
        err()
            .println(
                "roster: note: '"
                    + username
                    + "' cannot log on while archived, disabled or waiting for approval"
                    + " (roster users unarchive "
                    + username
                    + ", roster users set "
                    + username
                    + " disabled=false)");
      }
      return ExitCodes.OK;
    }
  }
}
