package io.roster.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.roster.adapter.persistence.migration.V2__Reference_data;
import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.port.out.UserRepository;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The ports out over one database: a HikariCP pool, the schema brought up to date by Flyway, and
 * Jdbi on top. {@link #start} fails when the database cannot be reached or migrated; once started,
 * an outage surfaces as {@link StoreUnavailable} and the pool reconnects by itself.
 */
public final class JdbiPersistence implements AutoCloseable {
  /** How long reference lists and extra-field declarations are served from memory. */
  public static final Duration REFERENCE_DATA_MAX_AGE = Duration.ofMinutes(1);

  private final HikariDataSource dataSource;
  private final Transactions transactions;
  private final UserRepository users;
  private final SalesOrganizationRepository salesOrganizations;
  private final ReferenceData referenceData;
  private final AuditLog auditLog;

  private JdbiPersistence(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.transactions = new Transactions(Jdbi.create(dataSource));
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
    config.setMaximumPoolSize(settings.poolSize());
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 1000));
    config.setAutoCommit(true);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .javaMigrations(new V2__Reference_data())
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new JdbiPersistence(dataSource, settings.isPostgres() ? Dialect.POSTGRESQL : Dialect.H2);
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

  /** True when a query goes through now (for readiness checks). */
  public boolean isReachable() {
    try {
      return transactions.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one() == 1);
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
