package io.roster.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** {@link GroupCommitSerialContract} on H2 and on PostgreSQL. */
class GroupCommitSerialTest {
  @Nested
  class OnH2 extends GroupCommitSerialContract {
    @TempDir Path directory;

    @Override
    TestDatabase open() {
      return TestDatabase.h2(directory);
    }

    @Override
    int examples() {
      return 20;
    }
  }

  @Nested
  class OnPostgres extends GroupCommitSerialContract {
    @Override
    TestDatabase open() {
      return TestDatabase.postgres();
    }

    @Override
    int examples() {
      return 10;
    }
  }
}
