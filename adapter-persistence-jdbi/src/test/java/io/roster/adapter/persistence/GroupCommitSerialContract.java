package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.FieldChange;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent write use cases through group commit are serializable, and only what was acknowledged
 * is kept. Random mixes of updates (each appends its number to a user's tooltip, read from the
 * state it is applied to), failing updates (the same, with an invalid last name) and creates (half
 * of them of a user name another create also tries) run on many threads over three users.
 * Afterwards each user's tooltip holds exactly the numbers of its acknowledged updates, its audit
 * records take them one at a time (so some serial order of them explains the final state), its
 * version counts them, and exactly the acknowledged creates exist.
 */
abstract class GroupCommitSerialContract {
  private static final Principal ADMIN = new Principal("admin", null, Role.ADMINISTRATOR, false);
  private static final int USERS = 3;

  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private TestDatabase database;

  abstract TestDatabase open();

  abstract int examples();

  @AfterEach
  void close() throws Exception {
    threads.shutdownNow();
    if (database != null) {
      database.close();
    }
  }

  private enum Kind {
    UPDATE,
    FAILING_UPDATE,
    CREATE
  }

  private record Op(Kind kind, int target) {}

  @Test
  void acknowledged_use_cases_are_kept_as_in_some_serial_order_and_nothing_else() {
    database = open();
    qt().withExamples(examples())
        .forAll(
            lists()
                .of(
                    integers()
                        .between(0, 3 * USERS - 1)
                        .map(n -> new Op(Kind.values()[n / USERS], n % USERS)))
                .ofSizeBetween(5, 40))
        .checkAssert(this::check);
  }

  private void check(List<Op> ops) {
    Ports ports = database.emptyPorts();
    UseCases useCases = UseCases.over(ports);
    SalesOrganizationId oslo =
        useCases
            .createSalesOrganization()
            .create(
                new CreateSalesOrganizationCommand(
                    ADMIN, null, Mother.organizationDraft("OSL", "Oslo").build()))
            .after()
            .id();
    List<User> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      users.add(create(useCases, "user" + i, oslo));
    }
    Map<Integer, Boolean> acknowledged = new ConcurrentHashMap<>();
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      int number = i;
      Op op = ops.get(i);
      running.add(
          threads.submit(
              () ->
                  acknowledged.put(
                      number, run(useCases, users.get(op.target()), op, number, oslo))));
    }
    for (Future<?> future : running) {
      try {
        future.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new AssertionError("a use case did not end", e);
      }
    }

    for (int u = 0; u < USERS; u++) {
      User stored = ports.users().find(users.get(u).id()).orElseThrow();
      Set<String> expected = new HashSet<>();
      for (int i = 0; i < ops.size(); i++) {
        if (ops.get(i).kind() == Kind.UPDATE && ops.get(i).target() == u && acknowledged.get(i)) {
          expected.add(Integer.toString(i));
        }
      }
      String tooltip = stored.organisation().tooltip();
      List<String> appended =
          tooltip == null
              ? List.of()
              : Arrays.asList(tooltip.substring(0, tooltip.length() - 1).split("\\."));
      assertThat(new HashSet<>(appended)).as("user%d's tooltip %s", u, tooltip).isEqualTo(expected);
      assertThat(appended).hasSize(expected.size());
      assertThat(stored.lifecycle().version()).isEqualTo(1 + expected.size());
      // each audit record appends one number to what the one before left: a serial order
      String before = null;
      List<AuditRecord> history = ports.auditLog().history("User", stored.id().toString());
      assertThat(history).hasSize(1 + expected.size());
      for (AuditRecord record : history.subList(1, history.size())) {
        FieldChange change =
            record.changes().stream()
                .filter(c -> c.field().equals(UserFields.TOOLTIP.name()))
                .findFirst()
                .orElseThrow();
        assertThat(change.before()).isEqualTo(before);
        assertThat(change.after()).startsWith(before == null ? "" : before).matches(".*\\d+\\.$");
        before = change.after();
      }
      assertThat(before).isEqualTo(tooltip);
    }
    for (int u = 0; u < USERS; u++) {
      // the even-numbered creates of a target share one user name: exactly one of them wins
      long tried = 0;
      long made = 0;
      for (int i = 0; i < ops.size(); i++) {
        Op op = ops.get(i);
        if (op.kind() == Kind.CREATE && op.target() == u && i % 2 == 0) {
          tried++;
          made += acknowledged.get(i) ? 1 : 0;
        } else if (op.kind() == Kind.CREATE && op.target() == u) {
          assertThat(acknowledged.get(i)).as("a create of a name of its own").isTrue();
          assertThat(ports.users().findByUsername("own" + i)).isPresent();
        }
      }
      assertThat(made).isEqualTo(tried > 0 ? 1 : 0);
      assertThat(ports.users().findByUsername("shared" + u).isPresent()).isEqualTo(made == 1);
    }
  }

  /** Whether the use case was acknowledged (returned); a refusal is expected of some. */
  private static boolean run(
      UseCases useCases, User target, Op op, int number, SalesOrganizationId organization) {
    try {
      switch (op.kind()) {
        case UPDATE, FAILING_UPDATE ->
            useCases
                .updateUser()
                .update(
                    new UpdateUserCommand(
                        ADMIN,
                        target.id(),
                        null,
                        Precondition.none(),
                        current -> {
                          String tooltip = current.user().organisation().tooltip();
                          Draft.Builder<User> draft =
                              Draft.<User>builder()
                                  .set(
                                      UserFields.TOOLTIP,
                                      (tooltip == null ? "" : tooltip) + number + ".");
                          if (op.kind() == Kind.FAILING_UPDATE) {
                            draft.set(UserFields.LASTNAME, "");
                          }
                          return draft.build();
                        }));
        case CREATE ->
            create(
                useCases, number % 2 == 0 ? "shared" + op.target() : "own" + number, organization);
      }
      return true;
    } catch (ValidationFailed | UniquenessViolated refused) {
      if (op.kind() == Kind.UPDATE) {
        throw refused;
      }
      return false;
    }
  }

  private static User create(UseCases useCases, String username, SalesOrganizationId organization) {
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
}
