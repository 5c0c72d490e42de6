package io.roster.bootstrap;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar roster.jar serve [--demo] [--config roster.properties]} */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    version = "Roster 0.1.0",
    description = "A user directory speaking the Wello v6 and SuperOffice WebAPI user contracts.",
    subcommands = {Roster.Serve.class})
public final class Roster implements Runnable {

  public static void main(String[] args) {
    Logs.useTextFormat();
    System.exit(new CommandLine(new Roster()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description =
          "Starts the HTTP server (settings: ROSTER_* environment variables, see README).")
  static final class Serve implements Callable<Integer> {
    @Option(names = "--demo", description = "Load a small demo set into an empty directory.")
    boolean demo;

    @Option(
        names = "--config",
        paramLabel = "FILE",
        description = "A properties file of ROSTER_* settings.")
    Path config;

    @Override
    public Integer call() throws InterruptedException {
      Settings settings;
      try {
        settings = Settings.load(System.getenv(), config);
        Logs.use(settings.logFormat());
      } catch (ConfigurationError e) {
        System.err.println("roster: " + e.getMessage());
        return 2;
      }
      RosterApp app;
      try {
        app = RosterApp.start(settings, demo);
      } catch (RuntimeException e) {
        System.err.println("roster: cannot start: " + rootMessage(e));
        return 1;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    app.close();
                    stopped.countDown();
                  },
                  "roster-shutdown"));
      System.out.println(
          "Roster listens on http://localhost:"
              + app.port()
              + " (database: "
              + settings.persistence().jdbcUrl()
              + ", group commit "
              + (settings.persistence().groupCommit() ? "on" : "off")
              + ")"
              + (demo ? " with the demo set" : ""));
      stopped.await();
      return 0;
    }

    private static String rootMessage(Throwable e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      return root.getMessage();
    }
  }
}
