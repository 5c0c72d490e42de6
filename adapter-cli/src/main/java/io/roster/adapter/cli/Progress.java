package io.roster.adapter.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** How far an import has come: a bar on a terminal, else a line every so many rows. */
interface Progress extends AutoCloseable {
  /** One more row done. */
  void step();

  /** A message to show above the progress (a failed row). */
  void message(String line);

  @Override
  void close();

  /** A bar drawn on {@code terminal} (standard error), over {@code total} rows (-1: unknown). */
  static Progress bar(PrintStream terminal, long total) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("import")
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void message(String line) {
        // Over the bar's line; the bar is drawn again below it.
        terminal.print("\r\033[K");
        terminal.println(line);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** A line on {@code err} every {@code every} rows (and none at the end: the counts follow). */
  static Progress lines(PrintWriter err, long every) {
    return new Progress() {
      private long done;

      @Override
      public void step() {
        if (++done % every == 0) {
          err.println("roster: import: " + done + " rows done");
          err.flush();
        }
      }

      @Override
      public void message(String line) {
        err.println(line);
        err.flush();
      }

      @Override
      public void close() {
        err.flush();
      }
    };
  }
}
