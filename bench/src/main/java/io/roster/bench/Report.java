package io.roster.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The figures as Markdown tables, with each target marked met or not met. */
final class Report {
  static final double RATIO_TARGET = 0.8;
  static final double GROWTH_TARGET = 0.10;

  private final BenchOptions options;
  private final PrintStream out;

  Report(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  void print(List<Result> results) {
    out.println();
    out.println("### Updates per second: user row, child rows and audit record in one transaction");
    out.println();
    out.println(
        "| database | users stored | threads | repository | plain JDBC | ratio | ratio >= "
            + RATIO_TARGET
            + " |");
    out.println("|---|---:|---:|---:|---:|---:|---|");
    for (Result r : results) {
      r.updates()
          .forEach(
              (threads, c) ->
                  out.printf(
                      Locale.ROOT,
                      "| %s | %,d | %d | %,.0f | %,.0f | %.2f | %s |%n",
                      r.database(),
                      r.users(),
                      threads,
                      c.repository().perSecond(),
                      c.plainJdbc().perSecond(),
                      c.ratio(),
                      verdict(c.ratio() >= RATIO_TARGET)));
    }
    out.println();
    out.println("### Latency in microseconds");
    out.println();
    out.println(
        "| database | users stored | operation | threads | mean | p50 | p99 | client CPU per operation | operations |");
    out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|");
    for (Result r : results) {
      latency(r, "findByUsername", 1, r.lookups());
      r.updates()
          .forEach(
              (threads, c) -> {
                latency(r, "update, repository", threads, c.repository());
                latency(r, "update, plain JDBC", threads, c.plainJdbc());
              });
      if (r.fewInUseLookups() != null) {
        String few = String.format(Locale.ROOT, ", %,d in use", options.smallUsers());
        latency(r, "findByUsername" + few, 1, r.fewInUseLookups());
        latency(r, "update, repository" + few, 1, r.fewInUseUpdates().repository());
        latency(r, "update, plain JDBC" + few, 1, r.fewInUseUpdates().plainJdbc());
      }
    }
    growth(results);
  }

  private void latency(Result r, String operation, int threads, Measurement m) {
    out.printf(
        Locale.ROOT,
        "| %s | %,d | %s | %d | %,.0f | %,.0f | %,.0f | %,.0f | %,d |%n",
        r.database(),
        r.users(),
        operation,
        threads,
        m.meanMicros(),
        m.micros(50),
        m.micros(99),
        m.cpuMicros(),
        m.operations());
  }

  /**
   * Mean latency with many users stored against few, on one thread: over all the users stored, and
   * over as many users in use as the small database holds.
   */
  private void growth(List<Result> results) {
    out.println();
    out.printf(
        Locale.ROOT,
        "### %,d users stored against %,d: mean latency in microseconds, one thread%n%n",
        options.largeUsers(),
        options.smallUsers());
    out.printf(
        Locale.ROOT,
        "| database | operation | %,d users | %,d users | change | within +%.0f%% |%n",
        options.smallUsers(),
        options.largeUsers(),
        GROWTH_TARGET * 100);
    out.println("|---|---|---:|---:|---:|---|");
    for (String database : results.stream().map(Result::database).distinct().toList()) {
      Optional<Result> small = find(results, database, options.smallUsers());
      Optional<Result> large = find(results, database, options.largeUsers());
      if (small.isEmpty() || large.isEmpty() || small.get() == large.get()) {
        continue;
      }
      List<Row> rows = new ArrayList<>();
      rows.add(new Row("findByUsername", small.get().lookups(), large.get().lookups()));
      Result.Comparison few = small.get().updates().get(1);
      Result.Comparison many = large.get().updates().get(1);
      if (few != null && many != null) {
        rows.add(new Row("update, repository", few.repository(), many.repository()));
        rows.add(new Row("update, plain JDBC", few.plainJdbc(), many.plainJdbc()));
      }
      Result big = large.get();
      if (big.fewInUseLookups() != null) {
        String inUse = String.format(Locale.ROOT, ", %,d in use", options.smallUsers());
        rows.add(new Row("findByUsername" + inUse, small.get().lookups(), big.fewInUseLookups()));
        if (few != null) {
          rows.add(
              new Row(
                  "update, repository" + inUse,
                  few.repository(),
                  big.fewInUseUpdates().repository()));
          rows.add(
              new Row(
                  "update, plain JDBC" + inUse,
                  few.plainJdbc(),
                  big.fewInUseUpdates().plainJdbc()));
        }
      }
      for (Row row : rows) {
        double change = row.many().meanMicros() / row.few().meanMicros() - 1;
        out.printf(
            Locale.ROOT,
            "| %s | %s | %,.0f | %,.0f | %+.0f%% | %s |%n",
            database,
            row.operation(),
            row.few().meanMicros(),
            row.many().meanMicros(),
            change * 100,
            verdict(change <= GROWTH_TARGET));
      }
    }
  }

  private record Row(String operation, Measurement few, Measurement many) {}

  private static Optional<Result> find(List<Result> results, String database, int users) {
    return results.stream()
        .filter(r -> r.database().equals(database) && r.users() == users)
        .findFirst();
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**not met**";
  }
}
