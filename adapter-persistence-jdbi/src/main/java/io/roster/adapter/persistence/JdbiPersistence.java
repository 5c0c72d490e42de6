package io.roster.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.roster.adapter.persistence.migration.V2__Reference_data;
import io.roster.adapter.persistence.migration.V3__Unique_keys;
import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
      Collections.unmodifiableSet(EnumSet.of(ReferenceKind.USER_GROUP, ReferenceKind.TICKET_CATEGORY, ReferenceKind.LICENCE));

  private final HikariDataSource dataSource;
  private final Transactions transactions;
  private final UserRepository users;
  private final SalesOrganizationRepository salesOrganizations;
  private final CachedReferenceData referenceData;
  private final AuditLog auditLog;

  private JdbiPersistence(HikariDataSource dataSource, Dialect dialect, int groupCommitLimit) {
    this.dataSource = dataSource;
    this.transactions = new Transactions(Jdbi.create(dataSource), groupCommitLimit);
    this.users = new JdbiUserRepository(transactions, dialect);
    this.salesOrganizations = new JdbiSalesOrganizationRepository(transactions);
    this.referenceData =
        new CachedReferenceData(
            new JdbiReferenceData(transactions), REFERENCE_DATA_MAX_AGE, System::nanoTime);
    this.auditLog = new JdbiAuditLog(transactions);
  }

  public static JdbiPersistence start(PersistenceSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("roster");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    // The group commit's writer keeps one connection of its own; the others serve reads.
    config.setMaximumPoolSize(settings.poolSize() + (settings.groupCommitLimit() > 0 ? 1 : 0));
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
    return new JdbiPersistence(
        dataSource, settings.isPostgres() ? Dialect.POSTGRESQL : Dialect.H2, settings.groupCommitLimit());
  }

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
      throw new IllegalArgumentException(kind + " is seeded by Roster; only " + OPERATORS_LISTS + " take items");
    }
    for (ReferenceItem item : items) {
      if (item.kind() != kind) {
        throw new IllegalArgumentException(item + " is not a " + kind);
      }
    }
    String table = ReferenceTables.of(kind);
    try {
      transactions.inTransaction(() -> transactions.withHandle(h -> {
        for (ReferenceItem item : items) {
          // Codes are looked up ignoring case, so a code differing only in case is held already.
          boolean present = h.createQuery("select count(*) from " + table + " where lower(code) = lower(:code)")
              .bind("code", item.code()).mapTo(Integer.class).one() > 0;
          if (!present) {
            h.createUpdate("insert into " + table + " (id, number, code, name)"
                    + " values (:id, (select coalesce(max(number), 0) + 1 from " + table + "), :code, :name)")
                .bind("id", item.id()).bind("code", item.code()).bind("name", item.name())
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
      return transactions.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one() == 1);
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
