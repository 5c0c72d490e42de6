package io.roster.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** {@link GroupCommitContract} on H2 and on PostgreSQL. */
class GroupCommitTest {
  @Nested
  class OnH2 extends GroupCommitContract {
    @TempDir Path directory;

    @Override
    TestDatabase open() {
      return TestDatabase.h2(directory);
    }
  }

  @Nested
  class OnPostgres extends GroupCommitContract {
    @Override
    TestDatabase open() {
      return TestDatabase.postgres();
    }
  }
}
