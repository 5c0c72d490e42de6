package io.roster.adapter.cli;

import io.roster.application.port.in.user.UserView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster users set-password USER}. */
@Command(
    name = "set-password",
    mixinStandardHelpOptions = true,
    description = {
      "Sets a user's password.",
      "At least " + Passwords.MIN_LENGTH + " characters.",
      "Typed twice on the terminal, without echo; or, with --password-stdin, the first line of"
          + " standard input (for scripts: printf '%s\\n' \"$PASSWORD\" | roster users"
          + " set-password ann --password-stdin)."
    })
final class SetPasswordCommand extends DirectoryCommand {
  @Parameters(paramLabel = "USER", description = UsersCommand.USER)
  String user;

  @Option(
      names = "--password-stdin",
      description = "Read the password from the first line of standard input.")
  boolean stdin;

  SetPasswordCommand(Cli cli) {
    super(cli);
  }

  @Override
  int run(Cli.Session session) throws IOException {
    String password = stdin ? firstLine() : typed();
    UserView target = user(session, user);
    Passwords.set(session, cli.operator(), target.user().id(), password);
    out().println(target.user().login().username() + ": password set");
    return ExitCodes.OK;
  }

  private String firstLine() throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
    String line = reader.readLine();
    if (line == null) {
      throw new CliFailure(ExitCodes.USAGE, "no password on standard input");
    }
    return line;
  }

  private String typed() {
    char[] first = cli.prompt().read("New password for " + user + ": ");
    if (first == null) {
      throw new CliFailure(
          ExitCodes.USAGE, "no terminal to read the password from; use --password-stdin");
    }
    char[] again = cli.prompt().read("The same again: ");
    try {
      if (again == null || !Arrays.equals(first, again)) {
        throw new CliFailure(ExitCodes.USAGE, "the two passwords differ; nothing was changed");
      }
      return new String(first);
    } finally {
      Arrays.fill(first, ' ');
      if (again != null) {
        Arrays.fill(again, ' ');
      }
    }
  }
}
