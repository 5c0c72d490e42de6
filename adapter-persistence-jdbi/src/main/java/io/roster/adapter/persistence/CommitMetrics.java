package io.roster.adapter.persistence;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The group commit's figures: the timer {@value #FLUSH} (each flush and how long it took, by
 * outcome {@code ok} or {@code failed}) and the distribution {@value #BATCH} (how many commits each
 * flush made durable: its sum is the commits, its count the flushes).
 */
final class CommitMetrics implements GroupCommit.Observer {
  static final String FLUSH = "roster.commit.flush";
  static final String BATCH = "roster.commit.batch";

  private final Timer succeeded;
  private final Timer failed;
  private final DistributionSummary batch;

  CommitMetrics(MeterRegistry registry) {
    this.succeeded = flush(registry, "ok");
    this.failed = flush(registry, "failed");
    this.batch =
        DistributionSummary.builder(BATCH)
            .description("Commits made durable by one flush of the group commit")
            .baseUnit("commits")
            .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64)
            .register(registry);
  }

  private static Timer flush(MeterRegistry registry, String outcome) {
    return Timer.builder(FLUSH)
        .description("Flushes of the group commit, each making the commits before it durable")
        .tag("outcome", outcome)
        .register(registry);
  }

  @Override
  public void flushed(int commits, long nanos, boolean ok) {
    (ok ? succeeded : failed).record(nanos, TimeUnit.NANOSECONDS);
    batch.record(commits);
  }
}
