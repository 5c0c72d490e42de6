package io.roster.bootstrap;

import io.roster.adapter.cli.Cli;
import io.roster.adapter.cli.CliFailure;
import io.roster.adapter.cli.ExitCodes;
import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.adapter.persistence.PersistenceSettings;
import io.roster.application.UseCases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * The directory a command works on: the settings read as {@code serve} reads them, the database
 * opened (and brought up to date) as the server opens it, and the use cases over it. No HTTP
 * server, and no first administrator unless {@code admin reset-password} makes one.
 */
final class CliDirectory implements Cli.Opener {
  /** H2's error code for a database file another process has open. */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final Map<String, String> environment;

  CliDirectory(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The commands' calls: the use cases they drive, and no other. */
  static Cli.Calls calls(UseCases useCases) {
    return new Cli.Calls(
        useCases.getUser(),
        useCases.findUsers(),
        useCases.createUser(),
        useCases.updateUser(),
        useCases.archiveUser(),
        useCases.validateUser(),
        useCases.firstAdministrator());
  }

  @Override
  public Cli.Session open(Path configFile) {
    Settings settings;
    try {
      settings = Settings.load(environment, configFile);
    } catch (ConfigurationError e) {
      throw new CliFailure(ExitCodes.USAGE, e.getMessage());
    }
    PersistenceSettings database = settings.persistence();
    JdbiPersistence persistence;
    try {
      persistence = JdbiPersistence.start(database);
    } catch (RuntimeException e) {
      throw new CliFailure(ExitCodes.STORE_UNAVAILABLE, unavailable(database, e));
    }
    Cli.Calls calls = calls(RosterApp.useCasesOver(persistence));
    return new Cli.Session() {
      @Override
      public Cli.Calls calls() {
        return calls;
      }

      @Override
      public int parallelism() {
        return database.poolSize();
      }

      @Override
      public String administrator() {
        return settings.security().adminUsername();
      }

      @Override
      public String randomPassword() {
        return RandomPassword.make();
      }

      @Override
      public void close() {
        persistence.close();
      }
    };
  }

  /** Why the database cannot be opened, in one line. */
  static String unavailable(PersistenceSettings database, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return "the embedded database ("
            + database.jdbcUrl().replaceFirst(";.*", "").replaceFirst("^jdbc:h2:file:", "")
            + ".mv.db) is open in another process, most likely a running roster serve: only one"
            + " process at a time can open it. Stop the server first, or run Roster on PostgreSQL"
            + " (ROSTER_DB_URL=jdbc:postgresql://host:5432/roster), where commands run beside"
            + " the server.";
      }
    }
    return "cannot open the database " + database.jdbcUrl() + ": " + rootMessage(failure);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
