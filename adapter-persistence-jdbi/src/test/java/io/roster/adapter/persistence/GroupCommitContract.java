package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Write use cases committed together: a batch is built on purpose (one use case holds the writer
 * while the others queue), one of its use cases fails in the domain and one in the database, and
 * the others are committed and answered only once committed. On H2 and on PostgreSQL, where a
 * failed statement aborts the whole transaction unless rolled back to a savepoint.
 */
abstract class GroupCommitContract {
  private static final Principal ADMIN = new Principal("admin", null, Role.ADMINISTRATOR, false);

  private final ExecutorService callers = Executors.newCachedThreadPool();
  private TestDatabase database;

  abstract TestDatabase open();

  @AfterEach
  void close() throws Exception {
    callers.shutdownNow();
    if (database != null) {
      database.close();
    }
  }

  /** What a caller got, and whether its writes were committed by the time it got it. */
  private record Answer(Object result, Throwable failure, boolean committedWhenAnswered) {}

  @Test
  void a_failing_use_case_in_a_batch_fails_alone_and_its_neighbours_are_committed_before_they_answer() throws Exception {
    database = open();
    Ports ports = database.emptyPorts();
    UseCases useCases = UseCases.over(ports);
    SalesOrganizationId oslo = useCases.createSalesOrganization()
        .create(new CreateSalesOrganizationCommand(ADMIN, null, Mother.organizationDraft("OSL", "Oslo").build()))
        .after().id();
    Transactions transactions = database.transactions();
    GroupCommit group = transactions.group();
    assertThat(group).isNotNull();

    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // 1. holds the writer, so that the next four gather into one batch behind it
    CompletableFuture<Answer> first = call(() -> transactions.inTransaction(() -> {
      holding.countDown();
      await(release);
      return create(useCases, "first", oslo);
    }), "first", ports);
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<Answer>> batch = new ArrayList<>();
    // 2. a plain create
    batch.add(call(() -> create(useCases, "ada", oslo), "ada", ports));
    // 3. writes, then fails in the domain: what it wrote is undone
    batch.add(call(() -> transactions.inTransaction(() -> {
      create(useCases, "ghost", oslo);
      throw new IllegalStateException("fails after writing");
    }), "ghost", ports));
    // 4. a user name the database itself refuses (the domain's check is bypassed)
    batch.add(call(() -> transactions.inTransaction(() -> {
      ports.users().insert(Mother.minimalUser("ADA", ports.users().nextAssociateId().value(), oslo));
      return null;
    }), "ADA", ports));
    // 5. another plain create, after the failures
    batch.add(call(() -> create(useCases, "bob", oslo), "bob", ports));
    waitUntil(() -> group.queued() == 4);

    release.countDown();

    assertThat(first.get(20, TimeUnit.SECONDS).committedWhenAnswered()).isTrue();
    Answer ada = batch.get(0).get(20, TimeUnit.SECONDS);
    Answer ghost = batch.get(1).get(20, TimeUnit.SECONDS);
    Answer duplicate = batch.get(2).get(20, TimeUnit.SECONDS);
    Answer bob = batch.get(3).get(20, TimeUnit.SECONDS);
    assertThat(ada.failure()).isNull();
    assertThat(ada.committedWhenAnswered()).isTrue();
    assertThat(bob.failure()).isNull();
    assertThat(bob.committedWhenAnswered()).isTrue();
    assertThat(ghost.failure()).isInstanceOf(IllegalStateException.class);
    assertThat(ports.users().findByUsername("ghost")).isEmpty();
    assertThat(duplicate.failure()).isInstanceOf(UniquenessViolated.class);
    assertThat(ports.users().findByUsername("ada").orElseThrow().login().username()).isEqualTo("ada");
    assertThat(ports.auditLog().history("User", ports.users().findByUsername("bob").orElseThrow().id().toString())).hasSize(1);
  }

  @Test
  void many_concurrent_writers_are_all_committed() throws Exception {
    database = open();
    Ports ports = database.emptyPorts();
    UseCases useCases = UseCases.over(ports);
    SalesOrganizationId oslo = useCases.createSalesOrganization()
        .create(new CreateSalesOrganizationCommand(ADMIN, null, Mother.organizationDraft("OSL", "Oslo").build()))
        .after().id();
    List<CompletableFuture<Answer>> answers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = "user" + i;
      answers.add(call(() -> create(useCases, name, oslo), name, ports));
    }
    for (CompletableFuture<Answer> answer : answers) {
      Answer got = answer.get(60, TimeUnit.SECONDS);
      assertThat(got.failure()).isNull();
      assertThat(got.committedWhenAnswered()).isTrue();
    }
    assertThat(ports.users().find(new io.roster.application.port.in.ListQuery(null, false, 0, 1000)).total()).isEqualTo(200);
  }

  private static User create(UseCases useCases, String username, SalesOrganizationId organization) {
    return useCases.createUser()
        .create(new CreateUserCommand(ADMIN, null,
            Mother.minimalDraft(username, null).refer(UserFields.SALES_ORGANIZATION, Reference.byId(organization.value())).build()))
        .after().user();
  }

  /**
   * {@code work} on a caller thread of its own; once it answers, whether a user named {@code
   * username} is visible to a read on another connection, that is, committed.
   */
  private CompletableFuture<Answer> call(Supplier<Object> work, String username, Ports ports) {
    return CompletableFuture.supplyAsync(() -> {
      Object result = null;
      Throwable failure = null;
      try {
        result = work.get();
      } catch (RuntimeException e) {
        failure = e;
      }
      return new Answer(result, failure, ports.users().findByUsername(username).isPresent());
    }, callers);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the batch did not gather");
      }
      Thread.sleep(5);
    }
  }
}
