package io.roster.bootstrap;

import io.roster.adapter.cli.Cli;
import io.roster.adapter.cli.CliCommands;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar roster.jar serve [--demo] [--config roster.properties]}, and the operators'
 * commands ({@code users}, {@code import}, {@code export}, {@code admin}) over the same settings.
 */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    version = "Roster 0.1.0",
    description = "A user directory speaking the Wello v6 and SuperOffice WebAPI user contracts.",
    subcommands = {Roster.Serve.class, AutoComplete.GenerateCompletion.class},
    footer = {
      "",
      "Exit codes: 0 done; 1 something asked could not be done (a row failed, no such user);"
          + " 2 bad usage or settings; 3 the database is unavailable or held by another process;"
          + " 130 stopped by Ctrl-C.",
      "Shell completion: source <(roster generate-completion)"
    })
public final class Roster implements Runnable {

  public static void main(String[] args) {
    Logs.useTextFormat();
    if (args.length == 0 || !args[0].equals("serve")) {
      // A command's output is its own: the pool's and the migrations' news only when they matter.
      Logs.quietLibraries();
    }
    System.exit(commandLine(Cli.ofProcess(new CliDirectory(System.getenv()))).execute(args));
  }

  /** The {@code roster} command with every subcommand, the operators' running with {@code cli}. */
  static CommandLine commandLine(Cli cli) {
    CommandLine roster = new CommandLine(new Roster());
    CliCommands.addTo(roster, cli);
    // Hidden from the list, as picocli has it; the footer tells how to use it.
    roster.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    return roster;
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
              + (demo ? " with the demo set" : "")
              + (app.metricsPort() > 0 ? "; metrics on port " + app.metricsPort() : ""));
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
