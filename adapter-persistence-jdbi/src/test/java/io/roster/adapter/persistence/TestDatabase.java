package io.roster.adapter.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.roster.application.Ports;
import io.roster.application.fixtures.Mother;
import io.roster.application.memory.FastPasswordHasher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;

/**
 * A database for tests: an H2 file in a temporary directory, or a schema of its own in the local
 * PostgreSQL (127.0.0.1:5432, user postgres, database test; ROSTER_TEST_PG_URL overrides). Without
 * PostgreSQL its tests are skipped, except under CI=true, where they fail.
 */
public final class TestDatabase implements AutoCloseable {
  static final String PG_URL =
      System.getenv().getOrDefault("ROSTER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String PG_USER = "postgres";

  private static final List<String> DATA_TABLES =
      List.of(
          "user_session",
          "login_failure",
          "unique_key_conflict",
          "audit_change",
          "audit_record",
          "user_other_group",
          "user_ticket_category",
          "user_licence",
          "user_credential",
          "user_custom_field",
          "users",
          "sales_organization");

  private final JdbiPersistence persistence;
  private final String schema;

  private TestDatabase(JdbiPersistence persistence, String schema) {
    this.persistence = persistence;
    this.schema = schema;
    SampleReferenceData.insert(persistence, transactions());
  }

  public static TestDatabase h2(Path directory) {
    return h2(directory, settings -> {});
  }

  /** The same, with {@code before} run on the empty database first (to set up an older schema). */
  static TestDatabase h2(Path directory, Consumer<PersistenceSettings> before) {
    PersistenceSettings settings = PersistenceSettings.h2File(directory);
    before.accept(settings);
    return new TestDatabase(JdbiPersistence.start(settings), null);
  }

  public static TestDatabase postgres() {
    return postgres(settings -> {});
  }

  /** H2 with the group commit's flush wrapped by {@code flushes} (to hold or fail it). */
  static TestDatabase h2(Path directory, UnaryOperator<GroupCommit.Flush> flushes) {
    return new TestDatabase(
        JdbiPersistence.start(PersistenceSettings.h2File(directory), flushes), null);
  }

  /** H2 measured into {@code registry}. */
  static TestDatabase h2(Path directory, MeterRegistry registry) {
    return new TestDatabase(
        JdbiPersistence.start(PersistenceSettings.h2File(directory), registry), null);
  }

  /** H2 with a commit per use case ({@code ROSTER_GROUP_COMMIT=off}). */
  static TestDatabase h2WithoutGroupCommit(Path directory) {
    return new TestDatabase(
        JdbiPersistence.start(PersistenceSettings.h2File(directory).withGroupCommit(false)), null);
  }

  /** PostgreSQL with a commit per use case ({@code ROSTER_GROUP_COMMIT=off}). */
  static TestDatabase postgresWithoutGroupCommit() {
    return postgres(settings -> {}, false);
  }

  /** The same, with {@code before} run on the empty schema first (to set up an older schema). */
  static TestDatabase postgres(Consumer<PersistenceSettings> before) {
    return postgres(before, true);
  }

  private static TestDatabase postgres(Consumer<PersistenceSettings> before, boolean groupCommit) {
    String schema = "roster_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("create schema " + schema);
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI needs PostgreSQL at " + PG_URL + ": " + e.getMessage(), e);
      }
      Assumptions.abort("no PostgreSQL at " + PG_URL + " (" + e.getMessage() + ")");
    }
    try {
      before.accept(settings(schema));
      return new TestDatabase(
          JdbiPersistence.start(settings(schema).withGroupCommit(groupCommit)), schema);
    } catch (RuntimeException | Error e) {
      dropSchema(schema);
      throw e;
    }
  }

  static PersistenceSettings settings(String schema) {
    return new PersistenceSettings(
        PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        PG_USER,
        "",
        4,
        PersistenceSettings.DEFAULT_CONNECTION_TIMEOUT);
  }

  /** Settings for this PostgreSQL schema, connecting through another local port (a proxy). */
  PersistenceSettings settingsThrough(int port) {
    String url = PG_URL.replaceFirst("//([^/:]+)(:\\d+)?/", "//127.0.0.1:" + port + "/");
    return new PersistenceSettings(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        PG_USER,
        "",
        2,
        Duration.ofSeconds(1));
  }

  JdbiPersistence persistence() {
    return persistence;
  }

  Transactions transactions() {
    return (Transactions) persistence.unitOfWork();
  }

  /** The ports over this database, emptied of users, organizations and audit records. */
  public Ports emptyPorts() {
    return emptyPorts(Clock.fixed(Mother.T0, ZoneOffset.UTC));
  }

  /** The same, with {@code clock} as the use cases' clock. */
  public Ports emptyPorts(Clock clock) {
    transactions()
        .withHandle(
            h -> {
              h.execute("update users set team_leader_id = null");
              DATA_TABLES.forEach(table -> h.execute("delete from " + table));
              return null;
            });
    return new Ports(
        persistence.unitOfWork(),
        persistence.users(),
        persistence.salesOrganizations(),
        persistence.referenceData(),
        persistence.auditLog(),
        new FastPasswordHasher(),
        clock,
        persistence.sessions(),
        persistence.loginFailures());
  }

  @Override
  public void close() throws SQLException {
    persistence.close();
    if (schema != null) {
      dropSchema(schema);
    }
  }

  private static void dropSchema(String schema) {
    try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema " + schema.toLowerCase(Locale.ROOT) + " cascade");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop the test schema " + schema, e);
    }
  }
}
