package io.roster.bootstrap;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sets how the process writes its log records ({@code ROSTER_LOG_FORMAT}). */
final class Logs {
  /** The text format: time, level, logger, message (and a stack trace), one line per record. */
  static final String TEXT_FORMAT = "%1$tFT%1$tT.%1$tLZ %4$s %3$s %5$s%6$s%n";

  private Logs() {}

  /** Before anything logs: the text format for the JDK's {@link SimpleFormatter}. */
  static void useTextFormat() {
    System.setProperty("java.util.logging.SimpleFormatter.format", TEXT_FORMAT);
  }

  // Held so that the levels set on them last: the JDK keeps loggers only weakly.
  private static final Logger POOL = Logger.getLogger("com.zaxxer.hikari");
  private static final Logger MIGRATIONS = Logger.getLogger("org.flywaydb");

  /**
   * For the commands, whose output is their own: the connection pool says only what goes wrong, the
   * migrations only errors (Flyway warns at every start that it has not been verified with this H2
   * version).
   */
  static void quietLibraries() {
    POOL.setLevel(Level.WARNING);
    MIGRATIONS.setLevel(Level.SEVERE);
  }

  /** Every handler of the root logger writes in {@code format} from now on. */
  static void use(Settings.LogFormat format) {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.setFormatter(
          format == Settings.LogFormat.JSON ? new JsonLogFormatter() : new SimpleFormatter());
    }
  }
}
