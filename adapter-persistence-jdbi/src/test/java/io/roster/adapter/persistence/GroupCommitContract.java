package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.ListQuery;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Write use cases under group commit, many at once: those that fail (in the domain after writing,
 * or refused by the database's unique index) fail alone, the others are committed before they are
 * answered. On H2 and on PostgreSQL.
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
  void failing_use_cases_fail_alone_among_concurrent_ones() throws Exception {
    database = open();
    Ports ports = database.emptyPorts();
    UseCases useCases = UseCases.over(ports);
    SalesOrganizationId oslo = organization(useCases);
    Transactions transactions = database.transactions();
    assertThat(transactions.group()).isNotNull();
    create(useCases, "ada", oslo);

    List<CompletableFuture<Answer>> answers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String name = "user" + i;
      answers.add(call(() -> create(useCases, name, oslo), name, ports));
    }
    // writes, then fails in the domain: what it wrote is undone
    CompletableFuture<Answer> ghost =
        call(
            () ->
                transactions.inTransaction(
                    () -> {
                      create(useCases, "ghost", oslo);
                      throw new IllegalStateException("fails after writing");
                    }),
            "ghost",
            ports);
    // a user name the database itself refuses (the domain's check is bypassed)
    CompletableFuture<Answer> duplicate =
        call(
            () ->
                transactions.inTransaction(
                    () -> {
                      ports
                          .users()
                          .insert(
                              Mother.minimalUser(
                                  "ADA", ports.users().nextAssociateId().value(), oslo));
                      return null;
                    }),
            "none",
            ports);

    for (CompletableFuture<Answer> answer : answers) {
      Answer got = answer.get(60, TimeUnit.SECONDS);
      assertThat(got.failure()).isNull();
      assertThat(got.committedWhenAnswered()).isTrue();
    }
    assertThat(ghost.get(60, TimeUnit.SECONDS).failure()).isInstanceOf(IllegalStateException.class);
    assertThat(ports.users().findByUsername("ghost")).isEmpty();
    assertThat(duplicate.get(60, TimeUnit.SECONDS).failure())
        .isInstanceOf(UniquenessViolated.class);
    assertThat(ports.users().find(new ListQuery(null, false, 0, 1000)).total()).isEqualTo(21);
  }

  @Test
  void many_concurrent_writers_are_all_committed() throws Exception {
    database = open();
    Ports ports = database.emptyPorts();
    UseCases useCases = UseCases.over(ports);
    SalesOrganizationId oslo = organization(useCases);
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
    assertThat(ports.users().find(new ListQuery(null, false, 0, 1000)).total()).isEqualTo(200);
  }

  static SalesOrganizationId organization(UseCases useCases) {
    return useCases
        .createSalesOrganization()
        .create(
            new CreateSalesOrganizationCommand(
                ADMIN, null, Mother.organizationDraft("OSL", "Oslo").build()))
        .after()
        .id();
  }

  static User create(UseCases useCases, String username, SalesOrganizationId organization) {
    return useCases
        .createUser()
        .create(
            new CreateUserCommand(
                ADMIN,
                null,
                Mother.minimalDraft(username, null)
                    .refer(UserFields.SALES_ORGANIZATION, Reference.byId(organization.value()))
                    .build()))
        .after()
        .user();
  }

  /**
   * {@code work} on a caller thread of its own; once it answers, whether a user named {@code
   * username} is visible to a read on another connection, that is, committed.
   */
  private CompletableFuture<Answer> call(Supplier<Object> work, String username, Ports ports) {
    return CompletableFuture.supplyAsync(
        () -> {
          Object result = null;
          Throwable failure = null;
          try {
            result = work.get();
          } catch (RuntimeException e) {
            failure = e;
          }
          return new Answer(result, failure, ports.users().findByUsername(username).isPresent());
        },
        callers);
  }
}
