package io.roster.adapter.persistence;

import io.roster.application.port.out.UnitOfWork;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One transaction per use case: the handle of the running unit of work is bound to the thread,
 * and every repository call made inside it uses that handle. A call outside any unit of work runs
 * on a handle of its own.
 */
final class Transactions implements UnitOfWork {
  private final Jdbi jdbi;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  Transactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
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
