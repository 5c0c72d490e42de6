package io.roster.bench;

import io.roster.application.port.out.UserRepository;
import io.roster.domain.user.User;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * Looks stored users up by user name on one thread, each picked at random among the first {@code
 * inUse} users (their ids and names are spread over the whole key space).
 */
final class LookupWorkload {
  private final UserRepository users;
  private final SplittableRandom random = new SplittableRandom(20260301);

  LookupWorkload(UserRepository users) {
    this.users = users;
  }

  Measurement run(Duration duration, int inUse) {
    Histogram latencies = Measurement.newHistogram();
    long operations = 0;
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long started = System.nanoTime();
    long end = started + duration.toNanos();
    while (System.nanoTime() < end) {
      int i = random.nextInt(inUse);
      String username = BenchUsers.username(i);
      long began = System.nanoTime();
      User found = users.findByUsername(username).orElse(null);
      latencies.recordValue(System.nanoTime() - began);
      if (found == null || !found.id().equals(BenchUsers.id(i))) {
        throw new IllegalStateException("findByUsername(" + username + ") found " + found);
      }
      operations++;
    }
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
    return new Measurement(operations, System.nanoTime() - started, cpu, latencies);
  }
}
