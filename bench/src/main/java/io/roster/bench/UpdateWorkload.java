package io.roster.bench;

import io.roster.application.port.out.AuditRecord;
import io.roster.domain.user.User;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * Updates the stored users for a while from some threads, each thread alternating between the paths
 * update by update (A B B A A B ...), so that both meet the same moment of the machine: the same
 * other load, the same state of the database's caches and background writers, the same compiled
 * code. On a shared machine, runs of one path after the other differed by up to a factor of two
 * between runs; alternating update by update does not.
 *
 * <p>Thread {@code t} of {@code n} owns the users {@code t}, {@code t + n}, ..., so no two threads
 * touch one user and no update meets a version conflict; it walks through them, carrying on where
 * the previous run stopped, so that with many users stored the updates spread over the whole table.
 * The current version of each user is kept here.
 */
final class UpdateWorkload {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

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

  /**
   * Runs the paths alternately on {@code threads} threads for {@code duration}; one measurement per
   * path, in the order given. A path's elapsed time is the time its updates took divided by the
   * number of threads, so its rate is what the threads would reach on that path alone at these
   * latencies (Little's law).
   */
  List<Measurement> run(List<UpdatePath> paths, int threads, Duration duration) {
    return run(paths, threads, duration, userCount);
  }

  /** As {@link #run(List, int, Duration)}, updating only the first {@code inUse} users. */
  List<Measurement> run(List<UpdatePath> paths, int threads, Duration duration, int inUse) {
    CountDownLatch start = new CountDownLatch(1);
    AtomicLong startedAt = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Worker> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Worker worker =
          new Worker(paths, t, threads, inUse, step, start, startedAt, duration, failure);
      workers.add(worker);
      worker.thread.start();
    }
    startedAt.set(System.nanoTime());
    start.countDown();
    long maxSteps = 0;
    for (Worker worker : workers) {
      join(worker.thread);
      maxSteps = Math.max(maxSteps, worker.steps);
    }
    if (failure.get() != null) {
      throw new IllegalStateException("an update failed", failure.get());
    }
    step += maxSteps;
    List<Measurement> result = new ArrayList<>();
    for (int p = 0; p < paths.size(); p++) {
      Measurement sum = Measurement.empty();
      for (Worker worker : workers) {
        sum = sum.plus(worker.measured[p]);
      }
      updates += sum.operations();
      result.add(
          new Measurement(
              sum.operations(), sum.elapsedNanos() / threads, sum.cpuNanos(), sum.latencies()));
    }
    return result;
  }

  private final class Worker implements Runnable {
    final Thread thread;
    final Measurement[] measured;
    long steps;
    private final List<UpdatePath> paths;
    private final int index;
    private final int threads;
    private final int inUse;
    private final long firstStep;
    private final CountDownLatch start;
    private final AtomicLong startedAt;
    private final Duration duration;
    private final AtomicReference<Throwable> failure;

    Worker(
        List<UpdatePath> paths,
        int index,
        int threads,
        int inUse,
        long firstStep,
        CountDownLatch start,
        AtomicLong startedAt,
        Duration duration,
        AtomicReference<Throwable> failure) {
      this.paths = paths;
      this.index = index;
      this.threads = threads;
      this.inUse = inUse;
      this.firstStep = firstStep;
      this.start = start;
      this.startedAt = startedAt;
      this.duration = duration;
      this.failure = failure;
      this.measured = new Measurement[paths.size()];
      this.thread = new Thread(this, "update-" + index);
    }

    @Override
    public void run() {
      int owned = inUse / threads;
      long[] operations = new long[paths.size()];
      long[] busy = new long[paths.size()];
      long[] cpu = new long[paths.size()];
      Histogram[] latencies = new Histogram[paths.size()];
      Arrays.setAll(latencies, p -> Measurement.newHistogram());
      try {
        start.await();
        long end = startedAt.get() + duration.toNanos();
        while (System.nanoTime() < end && failure.get() == null) {
          int user = index + threads * (int) ((firstStep + steps) % owned);
          // A B B A ...: neither path always follows the other; threads start on different paths.
          long turn = steps + index;
          int p = (int) ((turn + turn / paths.size()) % paths.size());
          long version = versions[user];
          User stored = BenchUsers.user(user, version, BenchUsers.LOADED_AT);
          User next = BenchUsers.user(user, version + 1, Instant.now());
          AuditRecord record = BenchUsers.updated(next);
          long cpuBefore = CPU.getCurrentThreadCpuTime();
          long began = System.nanoTime();
          paths.get(p).update(stored, next, record);
          long took = System.nanoTime() - began;
          cpu[p] += CPU.getCurrentThreadCpuTime() - cpuBefore;
          busy[p] += took;
          latencies[p].recordValue(took);
          operations[p]++;
          versions[user] = version + 1;
          steps++;
        }
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
      for (int p = 0; p < paths.size(); p++) {
        measured[p] = new Measurement(operations[p], busy[p], cpu[p], latencies[p]);
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
