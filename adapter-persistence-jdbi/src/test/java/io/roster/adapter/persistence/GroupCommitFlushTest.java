package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under group commit no write is answered before a flush that began after its commit: held flushes
 * hold the answers (a success and a refusal alike), and a failed flush fails them.
 */
class GroupCommitFlushTest {
  @TempDir Path directory;
  private TestDatabase database;
  private final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(0));
  private final AtomicBoolean failNext = new AtomicBoolean();

  @AfterEach
  void close() throws Exception {
    gate.get().countDown();
    database.close();
  }

  private TestDatabase open() {
    return TestDatabase.h2(
        directory,
        real ->
            () -> {
              try {
                gate.get().await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              if (failNext.getAndSet(false)) {
                throw new StoreUnavailable("the disk is gone", null);
              }
              real.run();
            });
  }

  @Test
  void answers_wait_for_the_flush_that_follows_their_commit() throws Exception {
    database = open();
    Ports ports = database.emptyPorts();
    UseCases useCases = UseCases.over(ports);
    SalesOrganizationId oslo = GroupCommitContract.organization(useCases);
    GroupCommitContract.create(useCases, "ada", oslo);
    CountDownLatch held = new CountDownLatch(1);
    gate.set(held);

    CompletableFuture<Object> created =
        CompletableFuture.supplyAsync(() -> GroupCommitContract.create(useCases, "bob", oslo));
    CompletableFuture<Object> refused =
        CompletableFuture.supplyAsync(() -> GroupCommitContract.create(useCases, "ADA", oslo));
    Thread.sleep(300);

    // committed (another connection sees it), not yet answered: the flush is held
    assertThat(ports.users().findByUsername("bob")).isPresent();
    assertThat(created).isNotDone();
    assertThat(refused).isNotDone();
    held.countDown();
    assertThat(created.get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(catchThrowable(() -> refused.get(10, TimeUnit.SECONDS)))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(UniquenessViolated.class);
  }

  @Test
  void a_failed_flush_fails_the_writes_waiting_for_it_and_the_next_flush_serves_again()
      throws Exception {
    database = open();
    Ports ports = database.emptyPorts();
    UseCases useCases = UseCases.over(ports);
    SalesOrganizationId oslo = GroupCommitContract.organization(useCases);
    failNext.set(true);

    Throwable failed = catchThrowable(() -> GroupCommitContract.create(useCases, "carl", oslo));

    assertThat(failed).isInstanceOf(StoreUnavailable.class);
    assertThat(GroupCommitContract.create(useCases, "dora", oslo)).isNotNull();
  }
}
