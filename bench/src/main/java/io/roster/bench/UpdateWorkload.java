package io.roster.bench;

import io.roster.application.port.out.AuditRecord;
import io.roster.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Updates the stored users for a while from some threads. Thread {@code t} of {@code n} owns the
 * users {@code t}, {@code t + n}, ..., so no two threads touch one user and no update meets a version
 * conflict; it walks through them, carrying on from where the previous run stopped, so that with many
 * users stored the updates spread over the whole table. The current version of each user is kept
 * here.
 */
final class UpdateWorkload {
  private final int userCount;
  private final long[] versions;
  private long step;
  private long updates;

  UpdateWorkload(int userCount) {
    this.userCount = userCount;
    this.versions = new long[userCount];
    Arrays.fill(versions, 1);
  }

  /** Every update made so far, by any path. */
  long updates() {
    return updates;
  }

  Measurement run(UpdatePath path, int threads, Duration duration) {
    CountDownLatch start = new CountDownLatch(1);
    AtomicLong startedAt = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Worker> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Worker worker = new Worker(path, t, threads, step, start, startedAt, duration, failure);
      workers.add(worker);
      worker.thread.start();
    }
    startedAt.set(System.nanoTime());
    start.countDown();
    long operations = 0;
    Histogram latencies = Measurement.newHistogram();
    long maxSteps = 0;
    for (Worker worker : workers) {
      join(worker.thread);
      operations += worker.steps;
      maxSteps = Math.max(maxSteps, worker.steps);
      latencies.add(worker.latencies);
    }
    long elapsed = System.nanoTime() - startedAt.get();
    if (failure.get() != null) {
      throw new IllegalStateException(path.name() + " failed", failure.get());
    }
    step += maxSteps;
    updates += operations;
    return new Measurement(operations, elapsed, latencies);
  }

  private final class Worker implements Runnable {
    final Thread thread;
    final Histogram latencies = Measurement.newHistogram();
    long steps;
    private final UpdatePath path;
    private final int index;
    private final int threads;
    private final long firstStep;
    private final CountDownLatch start;
    private final AtomicLong startedAt;
    private final Duration duration;
    private final AtomicReference<Throwable> failure;

    Worker(
        UpdatePath path, int index, int threads, long firstStep, CountDownLatch start,
        AtomicLong startedAt, Duration duration, AtomicReference<Throwable> failure) {
      this.path = path;
      this.index = index;
      this.threads = threads;
      this.firstStep = firstStep;
      this.start = start;
      this.startedAt = startedAt;
      this.duration = duration;
      this.failure = failure;
      this.thread = new Thread(this, "update-" + index);
    }

    @Override
    public void run() {
      int owned = userCount / threads;
      try {
        start.await();
        long end = startedAt.get() + duration.toNanos();
        while (System.nanoTime() < end && failure.get() == null) {
          int user = index + threads * (int) ((firstStep + steps) % owned);
          long version = versions[user];
          User next = BenchUsers.user(user, version + 1, Instant.now());
          AuditRecord record = BenchUsers.updated(next);
          long began = System.nanoTime();
          path.update(next, version, record);
          latencies.recordValue(System.nanoTime() - began);
          versions[user] = version + 1;
          steps++;
        }
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
