package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.roster.application.Ports;
import io.roster.application.fixtures.Mother;
import io.roster.application.memory.InMemoryPorts;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.testkit.TextGen;
import io.roster.domain.testkit.UserGen;
import io.roster.domain.user.Lifecycle;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The Jdbi user repository and the in-memory one get the same random inserts, updates (some stale,
 * some clashing) and archives; after every step they give the same answers to every lookup and
 * list. A failing sequence shrinks to the shortest one.
 */
class RepositoryModelTest {
  private static final SalesOrganizationId ORGANIZATION =
      SalesOrganizationId.of(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));

  @TempDir static Path directory;
  private static TestDatabase h2;

  @BeforeAll
  static void open() {
    h2 = TestDatabase.h2(directory);
  }

  @AfterAll
  static void close() throws Exception {
    h2.close();
  }

  @Test
  void on_h2_the_jdbi_repository_behaves_like_the_model() {
    check(h2, 40);
  }

  @Nested
  class OnPostgres {
    @Test
    void the_jdbi_repository_behaves_like_the_model() throws Exception {
      try (TestDatabase postgres = TestDatabase.postgres()) {
        check(postgres, 25);
      }
    }
  }

  /** One step; {@code who} picks a stored user by position. */
  record Step(Kind kind, int who, String username, Draft<User> draft) {
    enum Kind {
      SKIP,
      INSERT,
      UPDATE,
      STALE_UPDATE,
      ARCHIVE
    }

    @Override
    public String toString() {
      return kind + "(" + who + "," + username + ")";
    }
  }

  private static void check(TestDatabase database, int examples) {
    ReferenceData data = database.emptyPorts().referenceData();
    qt().withExamples(examples)
        .withShrinkCycles(500)
        .forAll(lists().of(steps(data)).ofSizeBetween(1, 20))
        .checkAssert(steps -> run(database, steps));
  }

  private static Gen<Step> steps(ReferenceData data) {
    Gen<Draft<User>> drafts =
        UserGen.partialDrafts(ORGANIZATION)
            .zip(references(data), RepositoryModelTest::withExisting);
    return Generate.enumValues(Step.Kind.class)
        .zip(integers().between(0, 9), TextGen.crowded("name", 4), drafts, Step::new);
  }

  private static void run(TestDatabase database, List<Step> steps) {
    Ports db = database.emptyPorts();
    Ports model = InMemoryPorts.create(Clock.fixed(Mother.T0, ZoneOffset.UTC));
    SalesOrganization organization =
        Mother.organization(ORGANIZATION, "ORG", "Org", db.referenceData());
    tx(
        db,
        () -> {
          db.salesOrganizations().insert(organization);
          return null;
        });
    model.salesOrganizations().insert(organization);
    List<User> known = new ArrayList<>();
    int associate = 0;

    for (Step step : steps) {
      if (step.kind() == Step.Kind.SKIP) {
        continue;
      }
      if (step.kind() == Step.Kind.INSERT) {
        User user =
            Mother.minimalUser(step.username(), ++associate, organization.id())
                .update(
                    step.draft(),
                    new MapUserDirectory(db.referenceData().customFieldSchema()),
                    Mother.T0)
                .after();
        if (same(db, model, r -> r.insert(user))) {
          known.add(user);
        }
      } else if (!known.isEmpty()) {
        int index = step.who() % known.size();
        User stored = known.get(index);
        User next =
            switch (step.kind()) {
              case ARCHIVE -> stored.archive(Mother.T0.plusSeconds(1)).after();
              default ->
                  stored
                      .update(
                          Draft.<User>builder().set(UserFields.USERNAME, step.username()).build(),
                          new MapUserDirectory(db.referenceData().customFieldSchema()),
                          Mother.T0.plusSeconds(1))
                      .after()
                      .update(
                          step.draft(),
                          new MapUserDirectory(db.referenceData().customFieldSchema()),
                          Mother.T0.plusSeconds(2))
                      .after();
            };
        User expected =
            step.kind() == Step.Kind.STALE_UPDATE
                ? withVersion(stored, stored.lifecycle().version() - 1)
                : stored;
        if (next.lifecycle().version() != stored.lifecycle().version()
            && same(db, model, r -> r.update(expected, next))) {
          known.set(index, next);
        }
      }
      compare(db, model, known);
    }
  }

  private static User withVersion(User u, long version) {
    Lifecycle l = u.lifecycle();
    return new User(
        u.id(),
        u.associateId(),
        u.login(),
        u.person(),
        u.privateContact(),
        u.hr(),
        u.organisation(),
        u.access(),
        u.customFields(),
        new Lifecycle(
            l.archived(), l.createdAt(), l.modifiedAt(), l.lastLogin(), l.lastLogout(), version));
  }

  /** Runs {@code write} on both; both succeed, or both refuse in the same way. */
  private static boolean same(Ports db, Ports model, Consumer<UserRepository> write) {
    Class<?> dbOutcome =
        outcome(
            () ->
                tx(
                    db,
                    () -> {
                      write.accept(db.users());
                      return null;
                    }));
    Class<?> modelOutcome =
        outcome(
            () -> {
              write.accept(model.users());
              return null;
            });
    assertThat(dbOutcome).as("outcome").isEqualTo(modelOutcome);
    return dbOutcome == Void.class;
  }

  private static Class<?> outcome(Supplier<Object> write) {
    try {
      write.get();
      return Void.class;
    } catch (UniquenessViolated | VersionConflict e) {
      return e.getClass();
    }
  }

  private static void compare(Ports db, Ports model, List<User> known) {
    for (User user : known) {
      assertThat(db.users().find(user.id())).isEqualTo(model.users().find(user.id()));
      assertThat(db.users().find(user.associateId()))
          .isEqualTo(model.users().find(user.associateId()));
      assertThat(db.users().findByUsername(user.login().username().toUpperCase()))
          .isEqualTo(model.users().findByUsername(user.login().username().toUpperCase()));
      for (UniqueKey key : user.login().uniqueKeys()) {
        assertThat(db.users().holderOf(key)).isEqualTo(model.users().holderOf(key));
      }
    }
    for (ListQuery query :
        List.of(
            new ListQuery(null, false, 0, 5),
            new ListQuery(null, true, 2, 3),
            new ListQuery("name1", true, 0, 10))) {
      assertThat(db.users().find(query)).as(query.toString()).isEqualTo(model.users().find(query));
    }
  }

  private static <T> T tx(Ports ports, Supplier<T> work) {
    return ports.unitOfWork().inTransaction(work);
  }

  /** Reference values that exist in {@code data}, for the fields that point at reference data. */
  private record References(
      UUID language, UUID country, UUID group, UUID role, Set<UUID> others, Set<UUID> categories) {}

  private static Gen<References> references(ReferenceData data) {
    Gen<UUID> language = maybe(data, ReferenceKind.LANGUAGE);
    Gen<UUID> country = maybe(data, ReferenceKind.COUNTRY);
    Gen<UUID> group = maybe(data, ReferenceKind.USER_GROUP);
    Gen<UUID> role = maybe(data, ReferenceKind.ROLE);
    Gen<Set<UUID>> others = group.map(g -> g == null ? Set.<UUID>of() : Set.of(g));
    Gen<Set<UUID>> categories =
        maybe(data, ReferenceKind.TICKET_CATEGORY).map(c -> c == null ? Set.<UUID>of() : Set.of(c));
    return in ->
        new References(
            language.generate(in),
            country.generate(in),
            group.generate(in),
            role.generate(in),
            others.generate(in),
            categories.generate(in));
  }

  private static Gen<UUID> maybe(ReferenceData data, ReferenceKind kind) {
    List<UUID> ids =
        new ArrayList<>(data.list(kind).stream().map(ReferenceItem::id).limit(5).toList());
    ids.add(null);
    return Generate.pick(ids);
  }

  private static Draft<User> withExisting(Draft<User> draft, References refs) {
    Draft<User> result = draft;
    result = replaceIfCovered(result, UserFields.LANGUAGE, refs.language());
    result = replaceIfCovered(result, UserFields.PRIVATE_COUNTRY, refs.country());
    result = replaceIfCovered(result, UserFields.USER_GROUP, refs.group());
    result = replaceIfCovered(result, UserFields.ROLE, refs.role());
    result = replaceIfCovered(result, UserFields.OTHER_GROUPS, refs.others());
    result = replaceIfCovered(result, UserFields.TICKET_CATEGORIES, refs.categories());
    return result;
  }

  private static Draft<User> replaceIfCovered(
      Draft<User> draft, Field<User, ?> field, Object value) {
    return draft.covers(field) ? draft.replacing(field, value) : draft;
  }
}
