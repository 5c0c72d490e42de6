package io.roster.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.roster.adapter.persistence.PersistenceSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One empty database for one measurement: an H2 file in a temporary directory, with the settings
 * the server uses ({@link PersistenceSettings#h2File}), or a PostgreSQL schema of its own. Closing
 * it deletes the directory or drops the schema, also when the run is interrupted.
 */
final class BenchDatabase implements AutoCloseable {
  private final String name;
  private final PersistenceSettings settings;
  private final String loaderUrl;
  private final Runnable cleanup;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread onExit;

  private BenchDatabase(
      String name, PersistenceSettings settings, String loaderUrl, Runnable cleanup) {
    this.name = name;
    this.settings = settings;
    this.loaderUrl = loaderUrl;
    this.cleanup = cleanup;
    this.onExit = new Thread(this::cleanUpOnce, "bench-cleanup");
    Runtime.getRuntime().addShutdownHook(onExit);
  }

  /**
   * H2 as the server opens it; {@code cacheMegabytes} > 0 sets its page cache (else H2's default).
   */
  static BenchDatabase h2(int cacheMegabytes) {
    try {
      Path directory = Files.createTempDirectory("roster-bench-h2-");
      PersistenceSettings settings = PersistenceSettings.h2File(directory);
      if (cacheMegabytes > 0) {
        settings =
            new PersistenceSettings(
                settings.jdbcUrl() + ";CACHE_SIZE=" + cacheMegabytes * 1024,
                settings.user(),
                settings.password(),
                settings.poolSize(),
                settings.connectionTimeout());
      }
      return new BenchDatabase("H2", settings, settings.jdbcUrl(), () -> deleteTree(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BenchDatabase postgres(String baseUrl, String user, String password) {
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(baseUrl, user, password, "create schema " + schema);
    String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    PersistenceSettings settings =
        new PersistenceSettings(
            url,
            user,
            password,
            PersistenceSettings.DEFAULT_POOL_SIZE,
            PersistenceSettings.DEFAULT_CONNECTION_TIMEOUT);
    // Only the bulk load rewrites batches into multi-row inserts; the measured paths do not.
    return new BenchDatabase(
        "PostgreSQL",
        settings,
        url + "&reWriteBatchedInserts=true",
        () -> execute(baseUrl, user, password, "drop schema if exists " + schema + " cascade"));
  }

  String name() {
    return name;
  }

  boolean isPostgres() {
    return settings.jdbcUrl().startsWith("jdbc:postgresql:");
  }

  PersistenceSettings settings(int poolSize) {
    return settings.withPoolSize(poolSize);
  }

  /** A connection for loading data and checking it, outside both pools. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(loaderUrl, settings.user(), settings.password());
  }

  /** The plain JDBC side's pool: configured as the adapter configures its own. */
  HikariDataSource plainPool(int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("plain-jdbc");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(poolSize);
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 1000));
    config.setAutoCommit(true);
    if (isPostgres()) {
      config.addDataSourceProperty("ApplicationName", "roster-bench-plain-jdbc");
    }
    return new HikariDataSource(config);
  }

  @Override
  public void close() {
    cleanUpOnce();
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException shuttingDown) {
      // Already exiting: the hook runs (and finds nothing left to do).
    }
  }

  private void cleanUpOnce() {
    if (closed.compareAndSet(false, true)) {
      cleanup.run();
    }
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
