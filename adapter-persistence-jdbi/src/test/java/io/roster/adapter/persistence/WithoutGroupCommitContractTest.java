package io.roster.adapter.persistence;

import io.roster.application.Ports;
import io.roster.application.port.out.UserRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user repository contract with a commit per use case ({@code ROSTER_GROUP_COMMIT=off}); the
 * other contract suites run with group commit, the default.
 */
class WithoutGroupCommitContractTest {
  @TempDir static Path directory;
  private static TestDatabase h2;
  private static TestDatabase postgres;

  @BeforeAll
  static void open() {
    h2 = TestDatabase.h2WithoutGroupCommit(directory);
  }

  @AfterAll
  static void close() throws Exception {
    h2.close();
    if (postgres != null) {
      postgres.close();
    }
  }

  @Nested
  class OnH2 extends UserRepositoryContract {
    @Override
    protected Ports emptyPorts() {
      return h2.emptyPorts();
    }
  }

  @Nested
  class OnPostgres extends UserRepositoryContract {
    @Override
    protected Ports emptyPorts() {
      if (postgres == null) {
        postgres = TestDatabase.postgresWithoutGroupCommit();
      }
      return postgres.emptyPorts();
    }
  }
}
