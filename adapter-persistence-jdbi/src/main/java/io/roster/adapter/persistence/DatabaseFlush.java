package io.roster.adapter.persistence;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The group commit's flush, on a connection of its own (opened again after a failure): on H2 a
 * {@code CHECKPOINT}, which writes the changes of every commit so far to the file, as a commit does
 * with {@code WRITE_DELAY} 0; on PostgreSQL a commit that wrote and waits for the disk, which
 * flushes the write-ahead log up to its own record and so every commit before it.
 */
final class DatabaseFlush implements GroupCommit.Flush {
  private final Jdbi jdbi;
  private final Dialect dialect;

  /** Only the group commit's flush thread uses it. */
  private Handle handle;

  DatabaseFlush(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  @Override
  public void run() {
    try {
      if (handle == null) {
        handle = jdbi.open();
        if (dialect == Dialect.POSTGRESQL) {
          handle.execute("set synchronous_commit to on");
        }
      }
      handle.execute(
          dialect == Dialect.POSTGRESQL
              ? "update group_commit_flush set flushes = flushes + 1 where id = 1"
              : "checkpoint");
    } catch (JdbiException e) {
      close();
      throw SqlFailures.translate(e);
    }
  }

  @Override
  public void close() {
    if (handle != null) {
      try {
        handle.close();
      } catch (RuntimeException e) {
        // the connection is gone already
      }
      handle = null;
    }
  }
}
