package io.roster.application.port.out;

/**
 * The store cannot be reached just now (database down, pool exhausted, network). Nothing was
 * changed; the same request may succeed later.
 */
public final class StoreUnavailable extends RuntimeException {
  public StoreUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
