package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.roster.application.UseCases;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool's and the group commit's figures: each flush reports how many commits it made durable,
 * and a persistence given a registry measures its pool and its flushes into it.
 */
class PersistenceMetricsTest {
  @TempDir Path directory;

  private record Flushed(int commits, boolean succeeded) {}

  @Test
  void each_flush_reports_the_commits_that_waited_for_it() throws Exception {
    CountDownLatch began = new CountDownLatch(1);
    CountDownLatch held = new CountDownLatch(1);
    AtomicBoolean fail = new AtomicBoolean();
    List<Flushed> flushed = new CopyOnWriteArrayList<>();
    GroupCommit group =
        new GroupCommit(
            () -> {
              began.countDown();
              try {
                held.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              if (fail.getAndSet(false)) {
                throw new StoreUnavailable("the disk is gone", null);
              }
            },
            (commits, nanos, succeeded) -> flushed.add(new Flushed(commits, succeeded)));
    try {
      Thread first = waiter(group);
      assertThat(began.await(10, TimeUnit.SECONDS)).isTrue();
      List<Thread> next = List.of(waiter(group), waiter(group), waiter(group));
      for (Thread waiting : next) {
        while (waiting.getState() != Thread.State.WAITING) {
          Thread.sleep(5); // until it waits for the flush after the one held
        }
      }
      held.countDown();
      first.join(10_000);
      for (Thread waiting : next) {
        waiting.join(10_000);
      }
      fail.set(true);
      waiter(group).join(10_000);

      assertThat(flushed)
          .containsExactly(new Flushed(1, true), new Flushed(3, true), new Flushed(1, false));
    } finally {
      group.close();
    }
  }

  /** A thread waiting until what was committed so far is durable (or failing to). */
  private static Thread waiter(GroupCommit group) {
    Thread thread =
        new Thread(
            () -> {
              try {
                group.awaitDurable();
              } catch (StoreUnavailable failed) {
                // the flush failed: reported as such
              }
            });
    thread.start();
    return thread;
  }

  @Test
  void the_pool_and_the_flushes_are_measured_into_the_registry_given() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (TestDatabase database = TestDatabase.h2(directory, registry)) {
      UseCases useCases = UseCases.over(database.emptyPorts());
      SalesOrganizationId oslo = GroupCommitContract.organization(useCases);
      GroupCommitContract.create(useCases, "ada", oslo);
      GroupCommitContract.create(useCases, "bob", oslo);

      assertThat(registry.get("hikaricp.connections.max").tag("pool", "roster").gauge().value())
          .isEqualTo(PersistenceSettings.DEFAULT_POOL_SIZE + 1);
      assertThat(registry.get("hikaricp.connections.active").gauge()).isNotNull();
      assertThat(registry.get("hikaricp.connections.acquire").timer().count()).isPositive();
      Timer flushes = registry.get(CommitMetrics.FLUSH).tag("outcome", "ok").timer();
      DistributionSummary batches = registry.get(CommitMetrics.BATCH).summary();
      // an organization and two users, each a write waiting for a flush of its own
      assertThat(flushes.count()).isGreaterThanOrEqualTo(3);
      assertThat(batches.count()).isEqualTo(flushes.count());
      assertThat(batches.totalAmount()).isGreaterThanOrEqualTo(3);
    }
  }
}
