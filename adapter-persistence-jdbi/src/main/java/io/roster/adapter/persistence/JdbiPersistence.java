package io.roster.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.roster.adapter.persistence.migration.V2__Reference_data;
import io.roster.adapter.persistence.migration.V3__Unique_keys;
import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.LoginFailures;
import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.application.port.out.SessionStore;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;

/**
 * The ports out over one database: a HikariCP pool, the schema brought up to date by Flyway, and
 * Jdbi on top. {@link #start} fails when the database cannot be reached or migrated; once started,
 * an outage surfaces as {@link StoreUnavailable} and the pool reconnects by itself.
 */
public final class JdbiPersistence implements AutoCloseable {
  /** How long reference lists and extra-field declarations are served from memory. */
  public static final Duration REFERENCE_DATA_MAX_AGE = Duration.ofMinutes(1);

  /** The reference lists an installation fills itself ({@link #addReferenceItems}). */
  public static final Set<ReferenceKind> OPERATORS_LISTS =
      Collections.unmodifiableSet(
          EnumSet.of(
              ReferenceKind.USER_GROUP, ReferenceKind.TICKET_CATEGORY, ReferenceKind.LICENCE));

  private final HikariDataSource dataSource;
  private final Transactions transactions;
  private final UserRepository users;
  private final SalesOrganizationRepository salesOrganizations;
  private final CachedReferenceData referenceData;
  private final AuditLog auditLog;
  private final SessionStore sessions;
  private final LoginFailures loginFailures;

  private JdbiPersistence(
      HikariDataSource dataSource,
      Dialect dialect,
      boolean groupCommit,
      UnaryOperator<GroupCommit.Flush> flushes,
      GroupCommit.Observer observer) {
    this.dataSource = dataSource;
    Jdbi jdbi = Jdbi.create(dataSource);
    this.transactions =
        new Transactions(
            jdbi,
            dialect,
            groupCommit
                ? new GroupCommit(flushes.apply(new DatabaseFlush(jdbi, dialect)), observer)
                : null);
    this.users = new JdbiUserRepository(transactions, dialect);
    this.salesOrganizations = new JdbiSalesOrganizationRepository(transactions);
    this.referenceData =
        new CachedReferenceData(
            new JdbiReferenceData(transactions), REFERENCE_DATA_MAX_AGE, System::nanoTime);
    this.auditLog = new JdbiAuditLog(transactions);
    this.sessions = new JdbiSessionStore(transactions);
    this.loginFailures = new JdbiLoginFailures(transactions);
  }

  public static JdbiPersistence start(PersistenceSettings settings) {
    return start(settings, UnaryOperator.identity());
  }

  /**
   * As {@link #start(PersistenceSettings)}, measured into {@code registry}: the pool's figures
   * (HikariCP's {@code hikaricp.connections...}, pool {@code roster}) and the group commit's
   * ({@link CommitMetrics}).
   */
  public static JdbiPersistence start(PersistenceSettings settings, MeterRegistry registry) {
    return start(settings, UnaryOperator.identity(), registry);
  }

  /** As {@link #start(PersistenceSettings)}, with the group commit's flush wrapped (for tests). */
  static JdbiPersistence start(
      PersistenceSettings settings, UnaryOperator<GroupCommit.Flush> flushes) {
    return start(settings, flushes, null);
  }

  private static JdbiPersistence start(
      PersistenceSettings settings,
      UnaryOperator<GroupCommit.Flush> flushes,
      MeterRegistry registry) {
    HikariConfig config = new HikariConfig();
    if (registry != null) {
      config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
    config.setPoolName("roster");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    // The group commit's flush keeps one connection of its own.
    config.setMaximumPoolSize(settings.poolSize() + (settings.groupCommit() ? 1 : 0));
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 1000));
    config.setAutoCommit(true);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      migrations().dataSource(dataSource).load().migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    Dialect dialect = settings.isPostgres() ? Dialect.POSTGRESQL : Dialect.H2;
    if (dialect == Dialect.H2) {
      writeDelay(dataSource, settings);
      moveCountersPastStoredValues(dataSource);
    }
    return new JdbiPersistence(
        dataSource,
        dialect,
        settings.groupCommit(),
        flushes,
        registry == null ? GroupCommit.Observer.NONE : new CommitMetrics(registry));
  }

  /**
   * H2 writes its file at each commit ({@code WRITE_DELAY} 0), or, with group commit, on a delay,
   * the group commit's flush ({@code CHECKPOINT}) making each group durable before it is answered.
   * H2 keeps the setting in the database, so it is set at every start; a URL that names its own
   * delay keeps it when group commit is off.
   */
  private static void writeDelay(HikariDataSource dataSource, PersistenceSettings settings) {
    String sql;
    if (settings.groupCommit()) {
      sql = "set write_delay " + H2_GROUP_WRITE_DELAY_MS;
    } else if (!settings.jdbcUrl().toUpperCase(Locale.ROOT).contains("WRITE_DELAY")) {
      sql = "set write_delay 0";
    } else {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      dataSource.close();
      throw new IllegalStateException("could not set H2's write delay: " + e.getMessage(), e);
    }
  }

  /**
   * H2 can hand out a value of a sequence again after a crash: {@code Sequence.getNext} takes a
   * value, then records the sequence's new high mark in a commit of its own, and another session's
   * row with a later value can reach the file before that record does. Killed in between, the
   * database reopens with the sequence behind stored rows, and the next insert collides. So before
   * serving, both counters (associate ids, audit record ids) move past the highest value stored.
   */
  private static void moveCountersPastStoredValues(HikariDataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      long associateId = highest(statement, "select coalesce(max(associate_id), 0) from users");
      statement.execute("alter sequence associate_id_seq restart with " + (associateId + 1));
      long auditId = highest(statement, "select coalesce(max(id), 0) from audit_record");
      statement.execute("alter table audit_record alter column id restart with " + (auditId + 1));
    } catch (SQLException e) {
      dataSource.close();
      throw new IllegalStateException(
          "could not move H2's counters past the stored values: " + e.getMessage(), e);
    }
  }

  private static long highest(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * H2's own delay before it writes commits to its file when group commit is on: a safety net, as
   * every write use case waits for a flush anyway.
   */
  private static final int H2_GROUP_WRITE_DELAY_MS = 1000;

  /** Roster's schema migrations, SQL and Java, to be given a data source. */
  static FluentConfiguration migrations() {
    return Flyway.configure()
        .locations("classpath:db/migration")
        .javaMigrations(new V2__Reference_data(), new V3__Unique_keys());
  }

  public UnitOfWork unitOfWork() {
    return transactions;
  }

  public UserRepository users() {
    return users;
  }

  public SalesOrganizationRepository salesOrganizations() {
    return salesOrganizations;
  }

  public ReferenceData referenceData() {
    return referenceData;
  }

  public AuditLog auditLog() {
    return auditLog;
  }

  /** Sessions, shared by every instance on this database. */
  public SessionStore sessions() {
    return sessions;
  }

  /** Failed log-ons, counted together by every instance on this database. */
  public LoginFailures loginFailures() {
    return loginFailures;
  }

  /**
   * Adds to the list of {@code kind} the items whose code it does not hold yet (ignoring case),
   * with their ids, codes and names, each numbered after the last (the numbers given are not kept).
   * No route manages reference lists; set-up code such as the demo set uses this. The items are
   * served at once.
   *
   * @throws IllegalArgumentException for a list Roster seeds itself (countries, languages,
   *     currencies, roles), or an item of another kind
   */
  public void addReferenceItems(ReferenceKind kind, List<ReferenceItem> items) {
    if (!OPERATORS_LISTS.contains(kind)) {
      throw new IllegalArgumentException(
          kind + " is seeded by Roster; only " + OPERATORS_LISTS + " take items");
    }
    for (ReferenceItem item : items) {
      if (item.kind() != kind) {
        throw new IllegalArgumentException(item + " is not a " + kind);
      }
    }
    String table = ReferenceTables.of(kind);
    try {
      transactions.inTransaction(
          () ->
              transactions.withHandle(
                  h -> {
                    for (ReferenceItem item : items) {
                      // Codes are looked up ignoring case, so a code differing only in case is held
                      // already.
                      boolean present =
                          h.createQuery(
                                      "select count(*) from "
                                          + table
                                          + " where lower(code) = lower(:code)")
                                  .bind("code", item.code())
                                  .mapTo(Integer.class)
                                  .one()
                              > 0;
                      if (!present) {
                        h.createUpdate(
                                "insert into "
                                    + table
                                    + " (id, number, code, name)"
                                    + " values (:id, (select coalesce(max(number), 0) + 1 from "
                                    + table
                                    + "), :code, :name)")
                            .bind("id", item.id())
                            .bind("code", item.code())
                            .bind("name", item.name())
                            .execute();
                      }
                    }
                    return null;
                  }));
    } finally {
      referenceData.forget();
    }
  }

  /** True when a query goes through now (for readiness checks). */
  public boolean isReachable() {
    try {
      return transactions.withHandle(
          h -> h.createQuery("select 1").mapTo(Integer.class).one() == 1);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Finishes the use cases queued for a group commit, then closes the pool. */
  @Override
  public void close() {
    try {
      transactions.close();
    } finally {
      dataSource.close();
    }
  }
}
