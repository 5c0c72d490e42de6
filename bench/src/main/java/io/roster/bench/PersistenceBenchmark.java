package io.roster.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.roster.adapter.persistence.JdbiPersistence;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Updates per second through the user repository and audit log against plain JDBC issuing the same
 * statements, and lookup and update latency with few and with many users stored, on H2 (the
 * server's crash-safe file settings) and PostgreSQL. Each database and user count gets a fresh
 * database, bulk-loaded, warmed up, then measured; the figures go to standard output as Markdown,
 * progress to standard error. Run it through {@code bench/persistence.sh}.
 */
public final class PersistenceBenchmark {
  private final BenchOptions options;
  private final long began = System.nanoTime();

  private PersistenceBenchmark(BenchOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.from(args, System.getenv());
    PersistenceBenchmark benchmark = new PersistenceBenchmark(options);
    benchmark.log(
        "options: databases %s, %,d and %,d users, threads %s, %ds measured and %ds warm-up per path",
        options.databases(),
        options.smallUsers(),
        options.largeUsers(),
        options.threads(),
        options.measure().toSeconds(),
        options.warmUp().toSeconds());
    List<Result> results = new ArrayList<>();
    for (String database : options.databases()) {
      for (int users :
          List.of(options.smallUsers(), options.largeUsers()).stream().distinct().toList()) {
        results.add(benchmark.measure(database, users));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Java %s (%s), %d processors, heap %,d MiB; %s measured per path and thread count, after %s warm-up;"
            + " the repository with group commit %s.%n",
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        options.measure(),
        options.warmUp(),
        options.groupCommit().equals(BenchOptions.ROSTER_DEFAULT)
            ? "as Roster sets it (on for H2, off for PostgreSQL)"
            : options.groupCommit());
    results.forEach(
        r ->
            System.out.printf(
                Locale.ROOT,
                "%s %s with %,d users: system load average %.1f when done%n",
                r.database(),
                r.version(),
                r.users(),
                r.loadAverage()));
    new Report(options, System.out).print(results);
    benchmark.log("done");
  }

  private Result measure(String kind, int userCount) throws SQLException {
    // One connection per thread on both sides; Flyway needs two to migrate.
    int pool = Math.max(2, options.maxThreads());
    try (BenchDatabase database = open(kind);
        JdbiPersistence persistence =
            JdbiPersistence.start(
                database.settings(pool).withGroupCommit(options.groupCommit(kind)));
        HikariDataSource plainPool = database.plainPool(pool)) {
      String label =
          String.format(
              Locale.ROOT,
              "%s, %,d users, group commit %s",
              database.name(),
              userCount,
              options.groupCommit(kind) ? "on" : "off");
      long loadStart = System.nanoTime();
      BulkLoader.load(
          database,
          userCount,
          (done, total) -> {
            if (done % 100_000 == 0 || done == total) {
              log("%s: loaded %,d of %,d", label, done, total);
            }
          });
      log("%s: loaded in %.0fs", label, (System.nanoTime() - loadStart) / 1e9);

      UpdatePath repository = new RepositoryUpdates(persistence);
      UpdatePath plainJdbc = new PlainJdbcUpdates(plainPool);
      UpdateWorkload updates = new UpdateWorkload(userCount);
      LookupWorkload lookups = new LookupWorkload(persistence.users());

      log("%s: warming up", label);
      lookups.run(options.warmUp(), userCount);
      updates.run(
          List.of(repository, plainJdbc), options.maxThreads(), options.warmUp().multipliedBy(2));

      SortedMap<Integer, Result.Comparison> comparisons = new TreeMap<>();
      for (int threads : options.threads()) {
        log("%s: updates on %d thread(s)", label, threads);
        comparisons.put(threads, compare(updates, repository, plainJdbc, threads));
      }
      log("%s: lookups", label);
      Measurement lookup = lookups.run(options.measure(), userCount);
      Measurement fewLookups = null;
      Result.Comparison fewUpdates = null;
      int few = options.smallUsers();
      if (userCount > few) {
        log("%s: lookups and updates of %,d of them", label, few);
        lookups.run(options.warmUp(), few);
        fewLookups = lookups.run(options.measure(), few);
        updates.run(List.of(repository, plainJdbc), 1, options.warmUp(), few);
        List<Measurement> measured =
            updates.run(List.of(repository, plainJdbc), 1, options.measure().multipliedBy(2), few);
        fewUpdates = new Result.Comparison(measured.get(0), measured.get(1));
      }
      String version = check(database, userCount, updates.updates());
      log("%s: checked %,d updates", label, updates.updates());
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return new Result(
          database.name(), version, userCount, load, lookup, comparisons, fewLookups, fewUpdates);
    }
  }

  private Result.Comparison compare(
      UpdateWorkload updates, UpdatePath repository, UpdatePath plainJdbc, int threads) {
    List<Measurement> measured =
        updates.run(List.of(repository, plainJdbc), threads, options.measure().multipliedBy(2));
    return new Result.Comparison(measured.get(0), measured.get(1));
  }

  private BenchDatabase open(String kind) {
    return kind.equals(BenchOptions.H2)
        ? BenchDatabase.h2(options.h2CacheMegabytes())
        : BenchDatabase.postgres(options.pgUrl(), options.pgUser(), options.pgPassword());
  }

  /**
   * Every update was saved whole: one audit record and two changes per update, the versions add up,
   * and the child rows are all there. Returns the database's version.
   */
  private static String check(BenchDatabase database, int userCount, long updates)
      throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      expect(statement, "select count(*) from audit_record", updates);
      expect(statement, "select count(*) from audit_change", 2 * updates);
      expect(statement, "select sum(version) from users", userCount + updates);
      expect(
          statement,
          "select (select count(*) from user_other_group) + (select count(*) from user_ticket_category)"
              + " + (select count(*) from user_licence) + (select count(*) from user_credential)"
              + " + (select count(*) from user_custom_field)",
          (long) BenchUsers.CHILD_ROWS_PER_USER * userCount);
      return connection.getMetaData().getDatabaseProductVersion();
    }
  }

  private static void expect(Statement statement, String sql, long expected) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      long actual = rs.getLong(1);
      if (actual != expected) {
        throw new IllegalStateException(sql + " gave " + actual + ", expected " + expected);
      }
    }
  }

  private void log(String format, Object... args) {
    System.err.printf(
        Locale.ROOT,
        "[%5.0fs] %s%n",
        (System.nanoTime() - began) / 1e9,
        String.format(Locale.ROOT, format, args));
  }
}
