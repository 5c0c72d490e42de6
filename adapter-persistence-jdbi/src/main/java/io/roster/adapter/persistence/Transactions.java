package io.roster.adapter.persistence;

import io.roster.application.port.out.StoreUnavailable;
import io.roster.application.port.out.UnitOfWork;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * A transaction per use case: the handle of the running unit of work is bound to the thread, and
 * every repository call made inside it uses that handle. A call outside any unit of work (a read)
 * runs on a handle of its own from the pool. With {@link GroupCommit} a unit of work commits
 * without waiting for the disk (on PostgreSQL {@code synchronous_commit} is off for its
 * transaction; H2 writes its file on a delay) and returns once a group flush has made it durable.
 */
final class Transactions implements UnitOfWork, AutoCloseable {
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final GroupCommit group;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  /**
   * @param group the group commit, or null for a durable commit per use case
   */
  Transactions(Jdbi jdbi, Dialect dialect, GroupCommit group) {
    this.jdbi = jdbi;
    this.dialect = dialect;
    this.group = group;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    if (group == null) {
      return transaction(work, false);
    }
    T result;
    try {
      result = transaction(work, true);
    } catch (StoreUnavailable unavailable) {
      throw unavailable;
    } catch (RuntimeException | Error failure) {
      // A refusal may rest on what others committed: it too waits until that is durable.
      group.awaitDurable();
      throw failure;
    }
    group.awaitDurable();
    return result;
  }

  /**
   * Reads in one transaction, so that they are one snapshot: inside the running unit of work when
   * there is one, else in a transaction of their own that writes nothing and so waits for no flush.
   */
  <T> T reading(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    return transaction(work, false);
  }

  private <T> T transaction(Supplier<T> work, boolean deferDurability) {
    try {
      return jdbi.inTransaction(
          handle -> {
            current.set(handle);
            try {
              if (deferDurability && dialect == Dialect.POSTGRESQL) {
                handle.execute("set local synchronous_commit to off");
              }
              return work.get();
            } finally {
              current.remove();
            }
          });
    } catch (JdbiException e) {
      throw SqlFailures.translate(e);
    }
  }

  /** The group commit, or null when each use case commits durably on its own. */
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
