package io.roster.application.port.out;

import java.util.function.Supplier;

/** Runs a use case as one transaction: everything it writes is kept, or nothing is. */
public interface UnitOfWork {
  /** Runs {@code work}; an exception it throws undoes all its writes and is rethrown. */
  <T> T inTransaction(Supplier<T> work);
}
