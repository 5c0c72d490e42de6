package io.roster.adapter.cli;

import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.user.UserId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that works on the directory: it opens it with the settings, runs, and closes it. A
 * failure is one line on standard error (field errors one per line) and an exit code.
 */
abstract class DirectoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A properties file of ROSTER_* settings (the environment's ROSTER_* variables come first).")
  Path config;

  final Cli cli;

  DirectoryCommand(Cli cli) {
    this.cli = cli;
  }

  /** What the command does once the directory is open; returns the exit code. */
  abstract int run(Cli.Session session) throws Exception;

  @Override
  public final Integer call() throws Exception {
    try (Cli.Session session = cli.open(config)) {
      return run(session);
    } catch (CliFailure e) {
      err().println("roster: " + e.getMessage());
      return e.exitCode();
    } catch (StoreUnavailable e) {
      err().println("roster: the database is unavailable: " + e.getMessage());
      return ExitCodes.STORE_UNAVAILABLE;
    } catch (NotFound | AccessDenied | VersionConflict e) {
      err().println("roster: " + e.getMessage());
      return ExitCodes.FAILED;
    } catch (FieldFailure e) {
      errors(e.errors()).forEach(line -> err().println("roster: " + line));
      return ExitCodes.FAILED;
    } finally {
      out().flush();
      err().flush();
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Each field error as one line, the field named as its column. */
  static List<String> errors(List<FieldError> errors) {
    return errors.stream().map(e -> UserColumns.columnOf(e.field()) + ": " + e.message()).toList();
  }

  /** The user {@code reference} names: a UUID is an id, anything else a user name. */
  UserView user(Cli.Session session, String reference) {
    UUID id = uuid(reference);
    return id != null
        ? session.calls().getUser().get(cli.operator(), UserId.of(id))
        : session.calls().getUser().getByUsername(cli.operator(), reference.trim());
  }

  private static UUID uuid(String text) {
    try {
      UUID uuid = UUID.fromString(text.trim());
      return uuid.toString().equalsIgnoreCase(text.trim()) ? uuid : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
