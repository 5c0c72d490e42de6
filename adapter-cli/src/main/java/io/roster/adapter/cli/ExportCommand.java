package io.roster.adapter.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster export}: every user, in a form import reads back. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every user to standard output, as import reads them.",
      "By user name, page by page (memory does not grow"
          + " with the directory), in the form import reads: export, then import into an empty"
          + " directory, then export again gives the same file.",
      "Example: roster export --format csv > users.csv"
    })
final class ExportCommand extends DirectoryCommand {
  enum Format {
    jsonl,
    csv
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--include-archived", description = "Archived users too.")
  boolean includeArchived;

  ExportCommand(Cli cli) {
    super(cli);
  }

  @Override
  int run(Cli.Session session) {
    RowFormat rowFormat = format == Format.csv ? RowFormat.CSV : RowFormat.JSONL;
    long count;
    try (RowFormat.RowWriter writer = rowFormat.writer(out())) {
      count =
          UserPages.forEach(
              session.calls().findUsers(),
              cli.operator(),
              null,
              null,
              includeArchived,
              0,
              view -> writer.write(UserRows.of(view)));
    }
    err().println("roster: exported " + count + (count == 1 ? " user" : " users"));
    return ExitCodes.OK;
  }
}
