package io.roster.adapter.persistence;

import io.roster.application.port.out.UnitOfWork;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * A transaction per use case: the handle of the running unit of work is bound to the thread, and
 * every repository call made inside it uses that handle. A call outside any unit of work (a read)
 * runs on a handle of its own from the pool and sees committed data only. With {@link GroupCommit}
 * a unit of work runs on the group's writer inside a savepoint and is committed with its batch;
 * without, it has a transaction of its own.
 */
final class Transactions implements UnitOfWork, AutoCloseable {
  private final Jdbi jdbi;
  private final GroupCommit group;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  /** @param groupCommitLimit the most use cases one commit holds; 0 for a commit per use case */
  Transactions(Jdbi jdbi, int groupCommitLimit) {
    this.jdbi = jdbi;
    this.group = groupCommitLimit > 0 ? new GroupCommit(jdbi, groupCommitLimit) : null;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    if (group != null) {
      return group.run(handle -> bound(handle, work));
    }
    try {
      return jdbi.inTransaction(
          handle -> {
            current.set(handle);
            try {
              return work.get();
            } finally {
              current.remove();
            }
          });
    } catch (JdbiException e) {
      throw SqlFailures.translate(e);
    }
  }

  /** {@code work} with {@code handle} as the thread's transaction. */
  private <T> T bound(Handle handle, Supplier<T> work) {
    current.set(handle);
    try {
      return work.get();
    } catch (JdbiException e) {
      throw SqlFailures.translate(e);
    } finally {
      current.remove();
    }
  }

  /** The group commit, or null when each use case commits on its own. */
  GroupCommit group() {
    return group;
  }

  @Override
  public void close() {
    if (group != null) {
      group.close();
    }
  }

  /** Runs {@code work} on the current transaction's handle, or on a handle of its own. */
  <T> T withHandle(Function<Handle, T> work) {
    Handle handle = current.get();
    try {
      if (handle != null) {
        return work.apply(handle);
      }
      return jdbi.withHandle(work::apply);
    } catch (JdbiException e) {
      throw SqlFailures.translate(e);
    }
  }
}
