package io.roster.adapter.persistence;

import io.roster.application.port.out.StoreUnavailable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit, as a database does for its log: write use cases run in parallel, each in its own
 * transaction on its own connection, and commit without waiting for the disk; then each waits for a
 * flush that began after its commit. One flush at a time runs, so every use case that committed
 * while one was running is made durable by the next: under load, one disk write serves many.
 *
 * <p>A use case waits whatever its outcome (a refusal may rest on what another use case committed)
 * and is answered only once the flush holding its commit is done. When a flush fails, those waiting
 * for it fail with {@link StoreUnavailable}. The flush runs on one thread of its own, which nothing
 * interrupts: an interrupt during file I/O would close H2's file channel under the database.
 */
final class GroupCommit implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

  /** Makes every commit made before it began durable. */
  @FunctionalInterface
  interface Flush {
    void run();

    /** Releases what the flushes held; called once, after the last one. */
    default void close() {}
  }

  /** Told of every flush: how many commits it made durable, how long it took, whether it did. */
  @FunctionalInterface
  interface Observer {
    Observer NONE = (commits, nanos, succeeded) -> {};

    void flushed(int commits, long nanos, boolean succeeded);
  }

  private final Flush flush;
  private final Observer observer;
  private final Object lock = new Object();
  private final Thread flusher;

  /** The last flush begun, the last ended, the last that succeeded (numbered from 1). */
  private long begun;

  private long ended;
  private long succeeded;

  /** The highest flush a use case waits for. */
  private long wanted;

  /** The use cases waiting for the next flush to begin. */
  private int waiting;

  private RuntimeException lastFailure;
  private boolean closing;

  GroupCommit(Flush flush) {
    this(flush, Observer.NONE);
  }

  GroupCommit(Flush flush, Observer observer) {
    this.flush = flush;
    this.observer = observer;
    this.flusher = new Thread(this::flushes, "roster-group-commit");
    this.flusher.setDaemon(true);
    this.flusher.start();
  }

  /**
   * Returns once everything committed before this call is durable.
   *
   * @throws StoreUnavailable when the flush failed
   */
  void awaitDurable() {
    boolean interrupted = false;
    try {
      synchronized (lock) {
        if (closing) {
          throw new StoreUnavailable("the store is closing", null);
        }
        long ticket = begun + 1;
        waiting++;
        if (wanted < ticket) {
          wanted = ticket;
          lock.notifyAll();
        }
        while (ended < ticket) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            // The answer must not leave before the flush: wait on, and keep the interrupt.
            interrupted = true;
          }
        }
        if (succeeded < ticket) {
          throw new StoreUnavailable("the store could not make the change durable", lastFailure);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void flushes() {
    while (true) {
      long ticket;
      int commits;
      synchronized (lock) {
        while (wanted <= begun && !closing) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            // never interrupted on purpose
          }
        }
        if (wanted <= begun) {
          flush.close();
          return;
        }
        ticket = ++begun;
        commits = waiting;
        waiting = 0;
      }
      RuntimeException failure = null;
      long started = System.nanoTime();
      try {
        flush.run();
      } catch (RuntimeException e) {
        failure = e;
        LOG.log(Level.WARNING, "a group commit's flush failed", e);
      }
      observer.flushed(commits, System.nanoTime() - started, failure == null);
      synchronized (lock) {
        ended = ticket;
        if (failure == null) {
          succeeded = ticket;
        } else {
          lastFailure = failure;
        }
        lock.notifyAll();
      }
    }
  }

  /** Runs the flushes waited for, then stops. */
  @Override
  public void close() {
    synchronized (lock) {
      closing = true;
      lock.notifyAll();
    }
    try {
      flusher.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
