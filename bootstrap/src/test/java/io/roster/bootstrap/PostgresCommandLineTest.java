package io.roster.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The commands on PostgreSQL, each directory a schema of its own in the local PostgreSQL
 * (127.0.0.1:5432, user postgres, database test; ROSTER_TEST_PG_URL overrides), as the persistence
 * adapter's tests have it: without PostgreSQL these tests are skipped, except under CI=true, where
 * they fail.
 */
class PostgresCommandLineTest extends CommandLineContract {
  private static final String PG_URL =
      System.getenv().getOrDefault("ROSTER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String PG_USER = "postgres";

  private final List<String> schemas = new ArrayList<>();

  @Override
  protected Map<String, String> emptyDirectory() {
    String schema = "roster_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("create schema " + schema);
    schemas.add(schema);
    return Map.of(
        "ROSTER_DB_URL",
        PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        "ROSTER_DB_USER",
        PG_USER,
        "ROSTER_DB_POOL_SIZE",
        "4");
  }

  @AfterEach
  void dropSchemas() {
    schemas.forEach(schema -> execute("drop schema " + schema + " cascade"));
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI needs PostgreSQL at " + PG_URL + ": " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL at " + PG_URL + " (" + e.getMessage() + ")");
    }
  }
}
