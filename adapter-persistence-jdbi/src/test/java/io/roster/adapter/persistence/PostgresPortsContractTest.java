package io.roster.adapter.persistence;

import io.roster.application.Ports;
import io.roster.application.port.out.AuditLogContract;
import io.roster.application.port.out.LoginFailuresContract;
import io.roster.application.port.out.SalesOrganizationRepositoryContract;
import io.roster.application.port.out.SessionStoreContract;
import io.roster.application.port.out.UserRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The port contracts, unchanged, on PostgreSQL (a schema of its own). */
class PostgresPortsContractTest {
  private static TestDatabase database;

  @BeforeAll
  static void open() {
    database = TestDatabase.postgres();
  }

  @AfterAll
  static void close() throws Exception {
    database.close();
  }

  @Nested
  class Users extends UserRepositoryContract {
    @Override
    protected Ports emptyPorts() {
      return database.emptyPorts();
    }
  }

  @Nested
  class SalesOrganizations extends SalesOrganizationRepositoryContract {
    @Override
    protected Ports emptyPorts() {
      return database.emptyPorts();
    }
  }

  @Nested
  class Audit extends AuditLogContract {
    @Override
    protected Ports emptyPorts() {
      return database.emptyPorts();
    }
  }

  @Nested
  class Sessions extends SessionStoreContract {
    @Override
    protected Ports emptyPorts() {
      return database.emptyPorts();
    }
  }

  @Nested
  class Failures extends LoginFailuresContract {
    @Override
    protected Ports emptyPorts() {
      return database.emptyPorts();
    }
  }
}
