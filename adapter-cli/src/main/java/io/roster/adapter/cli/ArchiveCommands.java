package io.roster.adapter.cli;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.ArchiveUserUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.field.Revision;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code roster users archive|unarchive USER}. */
final class ArchiveCommands {
  private ArchiveCommands() {}

  @Command(
      name = "archive",
      mixinStandardHelpOptions = true,
      description = {
        "Archives a user.",
        "Users are never deleted: an archived user can no longer log on and is left out of lists."
      })
  static final class Archive extends DirectoryCommand {
    @Parameters(paramLabel = "USER", description = UsersCommand.USER)
    String user;

    Archive(Cli cli) {
      super(cli);
    }

    @Override
    int run(Cli.Session session) {
      return change(
          this, session, user, ArchiveUserUseCase::archive, "archived", "was archived already");
    }
  }

  @Command(
      name = "unarchive",
      mixinStandardHelpOptions = true,
      description = "Brings an archived user back.")
  static final class Unarchive extends DirectoryCommand {
    @Parameters(paramLabel = "USER", description = UsersCommand.USER)
    String user;

    Unarchive(Cli cli) {
      super(cli);
    }

    @Override
    int run(Cli.Session session) {
      return change(
          this, session, user, ArchiveUserUseCase::unarchive, "unarchived", "was not archived");
    }
  }

  /**
   * Runs {@code operation} on the user {@code reference} names and says whether it changed them.
   */
  private static int change(
      DirectoryCommand command,
      Cli.Session session,
      String reference,
      BiFunction<ArchiveUserUseCase, ArchiveUserCommand, Revision<UserView>> operation,
      String changed,
      String unchanged) {
    UserView target = command.user(session, reference);
    Revision<UserView> revision =
        operation.apply(
            session.calls().archiveUser(),
            new ArchiveUserCommand(
                command.cli.operator(), target.user().id(), Precondition.none()));
    command
        .out()
        .println(
            target.user().login().username() + ": " + (revision.changed() ? changed : unchanged));
    return ExitCodes.OK;
  }
}
