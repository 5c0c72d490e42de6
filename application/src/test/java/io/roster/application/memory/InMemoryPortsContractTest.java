package io.roster.application.memory;

import io.roster.application.Ports;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.out.AuditLogContract;
import io.roster.application.port.out.LoginFailuresContract;
import io.roster.application.port.out.SalesOrganizationRepositoryContract;
import io.roster.application.port.out.SessionStoreContract;
import io.roster.application.port.out.UserRepositoryContract;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;

/** The in-memory ports keep the same contracts the database adapters keep. */
class InMemoryPortsContractTest {
  private static Ports ports() {
    return InMemoryPorts.create(Clock.fixed(Mother.T0, ZoneOffset.UTC));
  }

  @Nested
  class Users extends UserRepositoryContract {
    @Override
    protected Ports emptyPorts() {
      return ports();
    }
  }

  @Nested
  class SalesOrganizations extends SalesOrganizationRepositoryContract {
    @Override
    protected Ports emptyPorts() {
      return ports();
    }
  }

  @Nested
  class Audit extends AuditLogContract {
    @Override
    protected Ports emptyPorts() {
      return ports();
    }
  }

  @Nested
  class Sessions extends SessionStoreContract {
    @Override
    protected Ports emptyPorts() {
      return ports();
    }
  }

  @Nested
  class Failures extends LoginFailuresContract {
    @Override
    protected Ports emptyPorts() {
      return ports();
    }
  }
}
