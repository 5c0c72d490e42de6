package io.roster.adapter.persistence;

import io.roster.application.port.out.StoreUnavailable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Group commit for use cases, as a database does for its log: the write use cases of many callers
 * run one after another on one connection, in one transaction, each inside a savepoint of its own,
 * and one commit makes a whole batch durable. A use case that fails is rolled back to its
 * savepoint and fails alone. A batch ends when no use case is waiting or it holds {@code limit}
 * of them; while it commits, the next one gathers in the queue. No caller gets an answer, result
 * or failure, before the commit of its batch: a failure may have been decided on what its
 * neighbours wrote. When the commit fails, every use case of the batch fails with {@link
 * StoreUnavailable} and the connection is replaced.
 *
 * <p>The use cases run on the one writer thread, which is never interrupted: an interrupt during
 * file I/O would close H2's file channel under the database.
 */
final class GroupCommit implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

  private final Jdbi jdbi;
  private final int limit;
  private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closing;
  /** The writer's connection, open between batches; only the writer thread touches it. */
  private Handle handle;

  /** @param limit the most use cases one commit holds */
  GroupCommit(Jdbi jdbi, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a batch holds at least one use case: " + limit);
    }
    this.jdbi = jdbi;
    this.limit = limit;
    this.writer = new Thread(this::write, "roster-group-commit");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** True on the writer thread: a use case running there is inside a batch's transaction. */
  boolean isWriter() {
    return Thread.currentThread() == writer;
  }

  /**
   * Runs {@code work} on the writer's connection inside the current batch, and returns (or throws)
   * what it did once the batch is committed.
   *
   * @throws StoreUnavailable when the batch could not be committed
   */
  @SuppressWarnings("unchecked")
  <T> T run(Function<Handle, T> work) {
    if (closing) {
      throw new StoreUnavailable("the store is closing", null);
    }
    Job job = new Job((Function<Handle, Object>) work);
    queue.add(job);
    try {
      // join() waits without being interruptible: the answer must not leave before the commit.
      return (T) job.done.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** How many use cases wait for the writer (for tests that build a batch). */
  int queued() {
    return queue.size();
  }

  private void write() {
    List<Job> batch = new ArrayList<>(limit);
    while (!closing || !queue.isEmpty()) {
      Job first;
      try {
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        // Never interrupted on purpose; keep serving until closed.
        continue;
      }
      if (first == null) {
        continue;
      }
      batch.clear();
      batch.add(first);
      try {
        Connection connection = connection();
        runOne(connection, first);
        while (batch.size() < limit) {
          Job next = queue.poll();
          if (next == null) {
            break;
          }
          batch.add(next);
          runOne(connection, next);
        }
        connection.commit();
      } catch (SQLException | RuntimeException | Error failure) {
        abandon(batch, failure);
        continue;
      }
      for (Job job : batch) {
        job.complete();
      }
    }
    closeHandle();
    for (Job late = queue.poll(); late != null; late = queue.poll()) {
      late.done.completeExceptionally(new StoreUnavailable("the store is closing", null));
    }
  }

  /** {@code job} inside a savepoint: what it does stays in the batch, or is undone if it fails. */
  private void runOne(Connection connection, Job job) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    try {
      job.result = job.work.apply(handle);
      connection.releaseSavepoint(savepoint);
    } catch (RuntimeException | Error failure) {
      job.failure = failure;
      connection.rollback(savepoint);
    }
  }

  /** The commit (or the connection) failed: nothing of the batch is kept, and every use case says so. */
  private void abandon(List<Job> batch, Throwable failure) {
    LOG.log(Level.WARNING, "a group commit of " + batch.size() + " use cases failed", failure);
    StoreUnavailable unavailable =
        failure instanceof StoreUnavailable store ? store : new StoreUnavailable("the store could not commit", failure);
    closeHandle();
    for (Job job : batch) {
      job.done.completeExceptionally(unavailable);
    }
  }

  /** The writer's connection in a transaction, opened (again) when needed. */
  private Connection connection() throws SQLException {
    if (handle == null) {
      try {
        handle = jdbi.open();
      } catch (JdbiException e) {
        throw SqlFailures.translate(e);
      }
      handle.getConnection().setAutoCommit(false);
    }
    return handle.getConnection();
  }

  private void closeHandle() {
    if (handle == null) {
      return;
    }
    try {
      Connection connection = handle.getConnection();
      if (!connection.isClosed()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "closing the group commit connection", e);
    }
    try {
      handle.close();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "closing the group commit connection", e);
    }
    handle = null;
  }

  /** Stops taking use cases, finishes those queued and releases the connection. */
  @Override
  public void close() {
    closing = true;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Job {
    final Function<Handle, Object> work;
    final CompletableFuture<Object> done = new CompletableFuture<>();
    Object result;
    Throwable failure;

    Job(Function<Handle, Object> work) {
      this.work = work;
    }

    void complete() {
      if (failure != null) {
        done.completeExceptionally(failure);
      } else {
        done.complete(result);
      }
    }
  }
}
