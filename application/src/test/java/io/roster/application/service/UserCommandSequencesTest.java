package io.roster.application.service;

import static io.roster.application.fixtures.Mother.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.memory.InMemoryPorts;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.testkit.TextGen;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of commands run through the use cases on in-memory ports and on a simple model.
 * After every step the directory-wide invariants hold (unique keys, no team-leader cycles, every
 * leader of a team is a team leader), the store agrees with the model, and a refused command has
 * changed nothing. A failing sequence shrinks to the shortest one that still fails.
 */
class UserCommandSequencesTest {
  private static final Principal ACTOR =
      new Principal("model-test", null, Role.ADMINISTRATOR, false);

  /** One step; {@code who} and {@code other} pick users by position, modulo how many exist. */
  record Command(Kind kind, int who, int other, String text) {
    /**
     * SKIP comes first: shrinking moves draws towards zero, so commands that do not matter become
     * skips.
     */
    enum Kind {
      SKIP,
      CREATE,
      RENAME,
      SET_INITIALS,
      LEAD,
      FOLLOW,
      STOP_FOLLOWING,
      STOP_LEADING,
      ARCHIVE,
      UNARCHIVE
    }

    @Override
    public String toString() {
      return kind + "(" + who + "," + other + "," + text + ")";
    }
  }

  private static Gen<Command> commands() {
    Gen<Command.Kind> kinds = Generate.enumValues(Command.Kind.class);
    Gen<Integer> positions = integers().between(0, 9);
    Gen<String> names = TextGen.crowded("user", 5);
    return kinds.zip(positions, positions, names, Command::new);
  }

  @Test
  void any_sequence_of_commands_keeps_the_directory_invariants() {
    qt().withExamples(150)
        .withShrinkCycles(2_000)
        .forAll(lists().of(commands()).ofSizeBetween(1, 30))
        .describedAs(
            commands ->
                commands.stream().filter(c -> c.kind() != Command.Kind.SKIP).toList().toString())
        .checkAssert(this::run);
  }

  private void run(List<Command> commands) {
    Ports ports = InMemoryPorts.create(Clock.fixed(T0, ZoneOffset.UTC));
    UseCases useCases = UseCases.over(ports);
    useCases
        .createSalesOrganization()
        .create(
            new CreateSalesOrganizationCommand(
                ACTOR, null, Mother.organizationDraft("ORG", "Org").build()));
    List<UserId> created = new ArrayList<>();
    Map<UserId, Boolean> archivedInModel = new HashMap<>();

    for (Command command : commands) {
      List<User> before = everyone(useCases);
      try {
        apply(command, useCases, created, archivedInModel);
      } catch (FieldFailure refused) {
        assertThat(everyone(useCases))
            .as("a refused %s changes nothing", command)
            .isEqualTo(before);
      }
      List<User> after = everyone(useCases);
      assertInvariants(after);
      assertThat(after).extracting(User::id).containsExactlyInAnyOrderElementsOf(created);
      after.forEach(
          u ->
              assertThat(u.isArchived())
                  .as("archived %s", u.id())
                  .isEqualTo(archivedInModel.get(u.id())));
    }
  }

  private static void apply(
      Command c, UseCases useCases, List<UserId> created, Map<UserId, Boolean> archivedInModel) {
    if (c.kind() == Command.Kind.SKIP) {
      return;
    }
    if (c.kind() == Command.Kind.CREATE) {
      Draft<User> draft =
          Draft.<User>builder()
              .set(UserFields.USERNAME, c.text())
              .set(UserFields.LASTNAME, "L")
              .set(UserFields.EMAIL, "someone@example.test")
              .set(UserFields.IS_TEAM_LEADER, c.other() % 2 == 0)
              .refer(UserFields.SALES_ORGANIZATION, Reference.byCode("ORG"))
              .build();
      User user =
          useCases.createUser().create(new CreateUserCommand(ACTOR, null, draft)).after().user();
      created.add(user.id());
      archivedInModel.put(user.id(), false);
      return;
    }
    if (created.isEmpty()) {
      return;
    }
    UserId who = created.get(c.who() % created.size());
    UserId other = created.get(c.other() % created.size());
    switch (c.kind()) {
      case RENAME -> update(useCases, who, d -> d.set(UserFields.USERNAME, c.text()));
      case SET_INITIALS ->
          update(useCases, who, d -> d.set(UserFields.INITIALS, c.text().substring(0, 5)));
      case LEAD -> update(useCases, who, d -> d.set(UserFields.IS_TEAM_LEADER, true));
      case STOP_LEADING -> update(useCases, who, d -> d.set(UserFields.IS_TEAM_LEADER, false));
      case FOLLOW ->
          update(
              useCases, who, d -> d.refer(UserFields.TEAM_LEADER, Reference.byId(other.value())));
      case STOP_FOLLOWING -> update(useCases, who, d -> d.cover(UserFields.TEAM_LEADER));
      case ARCHIVE -> {
        useCases.archiveUser().archive(new ArchiveUserCommand(ACTOR, who, Precondition.none()));
        archivedInModel.put(who, true);
      }
      case UNARCHIVE -> {
        useCases.archiveUser().unarchive(new ArchiveUserCommand(ACTOR, who, Precondition.none()));
        archivedInModel.put(who, false);
      }
      default -> throw new IllegalStateException(c.toString());
    }
  }

  private static void update(
      UseCases useCases, UserId who, Function<Draft.Builder<User>, Draft.Builder<User>> change) {
    useCases
        .updateUser()
        .update(
            new UpdateUserCommand(
                ACTOR, who, null, Precondition.none(), change.apply(Draft.builder()).build()));
  }

  private static List<User> everyone(UseCases useCases) {
    return useCases
        .findUsers()
        .find(ACTOR, new ListQuery(null, true, 0, ListQuery.MAX_LIMIT))
        .items()
        .stream()
        .map(UserView::user)
        .toList();
  }

  private static void assertInvariants(List<User> users) {
    Set<UniqueKey> keys = new HashSet<>();
    Map<UserId, User> byId = new HashMap<>();
    users.forEach(u -> byId.put(u.id(), u));
    for (User user : users) {
      for (UniqueKey key : user.login().uniqueKeys()) {
        assertThat(keys.add(key)).as("%s is held once", key).isTrue();
      }
      UserId leader = user.organisation().teamLeaderId();
      if (leader != null) {
        assertThat(leader).as("nobody leads themselves").isNotEqualTo(user.id());
        assertThat(byId.get(leader).organisation().teamLeader())
            .as("a leader of a team is a team leader")
            .isTrue();
      }
      Set<UserId> chain = new HashSet<>();
      for (UserId at = user.id(); at != null; at = byId.get(at).organisation().teamLeaderId()) {
        assertThat(chain.add(at)).as("no cycle of team leaders through %s", user.id()).isTrue();
      }
    }
  }
}
