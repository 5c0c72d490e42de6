package io.roster.adapter.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster import FILE}: users from a file, each row created (or updated) on its own. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Creates (or updates) users from a JSON Lines or CSV file.",
      "Each row on its own: a valid row is created (with --update, a"
          + " row whose id or user name matches a user updates that user instead); a row that"
          + " breaks a rule changes nothing and is reported with its line and every field error.",
      "JSON Lines (one user per line, the sales organization nested under sales_organization) or"
          + " CSV with a header row (sales_organization.code and so on); columns as the Wello API"
          + " names its properties (see the README). A column left out keeps the stored value on"
          + " update; an empty one clears it.",
      "Ends with the counts; exit code 0 only when no row failed. Ctrl-C stops after the rows"
          + " under way, with the counts so far."
    })
final class ImportCommand extends DirectoryCommand {
  enum Format {
    jsonl,
    csv
  }

  @Parameters(
      paramLabel = "FILE",
      description = "The file; - reads standard input (JSON Lines unless --format csv).")
  String file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: csv for a file named *.csv, else jsonl).")
  Format format;

  @Option(
      names = "--update",
      description = "Update the user a row's id (or, without one, its user name) matches.")
  boolean update;

  @Option(names = "--dry-run", description = "Check every row as import would, saving nothing.")
  boolean dryRun;

  /**
   * Rows under way per connection of the pool. A row holds a connection only while its use case
   * runs; with group commit it then waits, without one, for the flush that makes its commit
   * durable, and the more rows wait together, the fewer flushes.
   */
  static final int ROWS_PER_CONNECTION = 2;

  /** A line of progress every so many rows when no terminal shows a bar. */
  static final long PROGRESS_LINES_EVERY = 10_000;

  ImportCommand(Cli cli) {
    super(cli);
  }

  @Override
  int run(Cli.Session session) throws Exception {
    boolean stdin = file.equals("-");
    RowFormat rowFormat =
        format != null
            ? RowFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT))
            : stdin ? RowFormat.JSONL : RowFormat.ofFileName(file);
    Importer importer =
        new Importer(
            session.calls(),
            cli.operator(),
            update,
            dryRun,
            ROWS_PER_CONNECTION * session.parallelism());
    AtomicBoolean stop = new AtomicBoolean();
    Importer.Run run;
    try (BufferedReader reader = open(stdin);
        Progress progress = progress(stdin, rowFormat);
        AutoCloseable interrupt = cli.interrupts().onInterrupt(() -> stop.set(true))) {
      run =
          importer.run(
              rowFormat.rows(reader),
              stop::get,
              result -> {
                result
                    .errors()
                    .forEach(error -> progress.message("line " + result.line() + ": " + error));
                progress.step();
              });
    }
    Importer.Counts counts = run.counts();
    String would = dryRun ? "would be " : "";
    out()
        .println(
            (dryRun ? "dry run, nothing saved: " : "")
                + would
                + "created "
                + counts.created()
                + ", "
                + would
                + "updated "
                + counts.updated()
                + ", unchanged "
                + counts.unchanged()
                + ", failed "
                + counts.failed());
    switch (run.end()) {
      case STOPPED -> {
        err()
            .println("roster: import: stopped after " + counts.total() + " rows; the rest is left");
        return ExitCodes.INTERRUPTED;
      }
      case STORE_UNAVAILABLE -> {
        err()
            .println(
                "roster: import: the database became unavailable after "
                    + counts.total()
                    + " rows; the rest is left");
        return ExitCodes.STORE_UNAVAILABLE;
      }
      default -> {
        return counts.failed() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
      }
    }
  }

  private BufferedReader open(boolean stdin) throws IOException {
    if (stdin) {
      return new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
    }
    try {
      return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliFailure(ExitCodes.USAGE, "no such file: " + file);
    }
  }

  private Progress progress(boolean stdin, RowFormat rowFormat) throws IOException {
    if (!cli.terminal()) {
      return Progress.lines(err(), PROGRESS_LINES_EVERY);
    }
    long total = -1;
    if (!stdin) {
      try (Stream<String> lines = Files.lines(Path.of(file), StandardCharsets.UTF_8)) {
        total = lines.filter(line -> !line.isBlank()).count();
        if (rowFormat == RowFormat.CSV) {
          total = Math.max(0, total - 1);
        }
      } catch (UncheckedIOException e) {
        total = -1;
      }
    }
    return Progress.bar(System.err, total);
  }
}
