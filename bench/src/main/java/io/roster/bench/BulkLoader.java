package io.roster.bench;

import io.roster.domain.user.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills a migrated database with {@code count} valid users in plain JDBC batches, one transaction
 * per {@value #CHUNK} users with their child rows, on one connection per processor: first the sales
 * organization, group and ticket category they refer to, then the users, then the associate id
 * sequence past them and fresh planner statistics, as a database in service would have. Every
 * constraint of the schema stays on.
 */
final class BulkLoader {
  static final int CHUNK = 10_000;

  private BulkLoader() {}

  static void load(BenchDatabase database, int count, Progress progress) throws SQLException {
    try (Connection connection = database.connect()) {
      references(connection);
    }
    int loaders = Math.max(1, Runtime.getRuntime().availableProcessors());
    AtomicInteger nextChunk = new AtomicInteger();
    AtomicInteger loaded = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(loaders);
    try {
      List<Future<Void>> work = new ArrayList<>();
      for (int l = 0; l < loaders; l++) {
        work.add(
            pool.submit(
                () -> {
                  try (Connection connection = database.connect()) {
                    connection.setAutoCommit(false);
                    for (int first = nextChunk.getAndIncrement() * CHUNK;
                        first < count;
                        first = nextChunk.getAndIncrement() * CHUNK) {
                      int size = insertChunk(connection, first, Math.min(count, first + CHUNK));
                      connection.commit();
                      progress.loaded(loaded.addAndGet(size), count);
                    }
                  }
                  return null;
                }));
      }
      for (Future<Void> loader : work) {
        loader.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("loading failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      if (database.isPostgres()) {
        statement.execute("select setval('associate_id_seq', " + (count + 1) + ", false)");
        statement.execute("vacuum analyze");
      } else {
        statement.execute("alter sequence associate_id_seq restart with " + (count + 1));
        statement.execute("analyze");
      }
    }
  }

  private static int insertChunk(Connection connection, int first, int end) throws SQLException {
    List<User> users = new ArrayList<>(end - first);
    for (int i = first; i < end; i++) {
      users.add(BenchUsers.user(i, 1, BenchUsers.LOADED_AT));
    }
    try (PreparedStatement insert = connection.prepareStatement(UserRows.INSERT)) {
      for (User user : users) {
        UserRows.bindInsert(insert, user);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    ChildRows.insert(connection, users);
    return users.size();
  }

  private static void references(Connection connection) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "insert into sales_organization (id, code, name, description, country_id, currency_id,"
                + " language_id, city, archived, modified_at, version)"
                + " values (?, 'BENCH', 'Benchmark sales', 'Owns every benchmark user', ?, ?, ?, 'Oslo',"
                + " false, ?, 1)")) {
      statement.setObject(1, BenchUsers.SALES_ORGANIZATION);
      statement.setObject(2, BenchUsers.COUNTRY);
      statement.setObject(3, BenchUsers.CURRENCY);
      statement.setObject(4, BenchUsers.LANGUAGE);
      statement.setObject(
          5, BenchUsers.LOADED_AT.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
      statement.executeUpdate();
    }
    reference(connection, "ref_user_group", BenchUsers.USER_GROUP, "bench", "Benchmark group");
    reference(
        connection,
        "ref_ticket_category",
        BenchUsers.TICKET_CATEGORY,
        "bench",
        "Benchmark tickets");
  }

  private static void reference(
      Connection connection, String table, UUID id, String code, String name) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "insert into "
                + table
                + " (id, number, code, name)"
                + " values (?, (select coalesce(max(number), 0) + 1 from "
                + table
                + "), ?, ?)")) {
      statement.setObject(1, id);
      statement.setString(2, code);
      statement.setString(3, name);
      statement.executeUpdate();
    }
  }

  /** Told after each committed chunk, from the loading threads. */
  @FunctionalInterface
  interface Progress {
    void loaded(int done, int total);
  }
}
