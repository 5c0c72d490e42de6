package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.memory.FastPasswordHasher;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 can reopen after a crash with a sequence behind the rows stored (its high mark is recorded
 * after the value is handed out). Here the counters are set back by hand, as such a crash leaves
 * them; once Roster has started on the file, new users and audit records do not collide.
 */
class H2CountersAfterCrashTest {
  @TempDir Path directory;

  @Test
  void counters_set_back_behind_stored_rows_are_moved_past_them_at_start() throws Exception {
    PersistenceSettings settings = PersistenceSettings.h2File(directory);
    SalesOrganizationId oslo;
    try (TestDatabase database = TestDatabase.h2(directory)) {
      UseCases useCases = UseCases.over(database.emptyPorts());
      oslo = GroupCommitContract.organization(useCases);
      GroupCommitContract.create(useCases, "ada", oslo);
      GroupCommitContract.create(useCases, "bob", oslo);
    }
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement()) {
      statement.execute("alter sequence associate_id_seq restart with 1");
      statement.execute("alter table audit_record alter column id restart with 1");
    }

    try (JdbiPersistence persistence = JdbiPersistence.start(settings)) {
      Ports ports =
          new Ports(
              persistence.unitOfWork(),
              persistence.users(),
              persistence.salesOrganizations(),
              persistence.referenceData(),
              persistence.auditLog(),
              new FastPasswordHasher(),
              Clock.systemUTC(),
              persistence.sessions(),
              persistence.loginFailures());
      User carl = GroupCommitContract.create(UseCases.over(ports), "carl", oslo);

      assertThat(carl.associateId().value()).isGreaterThan(2);
      assertThat(ports.auditLog().history("User", carl.id().toString())).hasSize(1);
      assertThat(persistence.users().findByUsername("ada")).isPresent();
    }
  }
}
