package io.roster.application.port.out;

import static io.roster.application.fixtures.Mother.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.roster.application.Ports;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.Criterion;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.SortKey;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.field.Draft;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.testkit.Spelling;
import io.roster.domain.testkit.TextGen;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** What every {@link UserRepository} does; each implementation runs this suite unchanged. */
public abstract class UserRepositoryContract {
  private Ports ports;
  private UserRepository users;
  private SalesOrganization organization;

  /** Fresh ports over an empty store. */
  protected abstract Ports emptyPorts();

  @BeforeEach
  void setUp() {
    ports = emptyPorts();
    users = ports.users();
    organization = Mother.organization("ORG-1", "Oslo", ports.referenceData());
    tx(() -> ports.salesOrganizations().insert(organization));
  }

  private void tx(Runnable work) {
    ports
        .unitOfWork()
        .inTransaction(
            () -> {
              work.run();
              return null;
            });
  }

  private <T> T tx(Supplier<T> work) {
    return ports.unitOfWork().inTransaction(work);
  }

  private User full(String username, int associateId) {
    return Mother.fullUser(username, associateId, organization.id(), ports.referenceData());
  }

  private User minimal(String username, int associateId) {
    return Mother.minimalUser(username, associateId, organization.id());
  }

  @Test
  void an_inserted_user_is_found_by_id_by_associate_id_and_by_username_ignoring_case() {
    User ada = full("ada@example.test", 10);
    tx(() -> users.insert(ada));

    assertThat(tx(() -> users.find(ada.id()))).contains(ada);
    assertThat(tx(() -> users.find(AssociateId.of(10)))).contains(ada);
    assertThat(tx(() -> users.findByUsername("ADA@Example.TEST"))).contains(ada);
    assertThat(tx(() -> users.find(UserId.random()))).isEmpty();
  }

  @Test
  void the_account_of_a_user_is_what_authentication_needs_of_them() {
    User ada = full("ada", 10); // with a role, and waiting for approval
    User bob = minimal("bob", 11);
    tx(() -> users.insert(ada));
    tx(() -> users.insert(bob));

    Account account = tx(() -> users.account(ada.id())).orElseThrow();
    assertThat(account).isEqualTo(Account.of(ada));
    assertThat(account.role()).isNotNull();
    assertThat(account.canLogOn()).isFalse();
    assertThat(tx(() -> users.account(bob.id())))
        .hasValueSatisfying(a -> assertThat(a.canLogOn()).isTrue());
    tx(() -> users.update(bob, bob.archive(T0.plusSeconds(1)).after()));
    assertThat(tx(() -> users.account(bob.id())))
        .hasValueSatisfying(a -> assertThat(a.canLogOn()).isFalse());
    assertThat(tx(() -> users.account(UserId.random()))).isEmpty();
  }

  @Test
  void every_unique_key_finds_its_holder() {
    User ada = full("ada", 10);
    tx(() -> users.insert(ada));

    for (UniqueKey key : ada.login().uniqueKeys()) {
      assertThat(tx(() -> users.holderOf(key))).as(key.toString()).contains(ada.id());
    }
    assertThat(tx(() -> users.holderOf(UniqueKey.username("ADA")))).contains(ada.id());
    assertThat(tx(() -> users.holderOf(new UniqueKey(UniqueKey.Kind.INITIALS, "nobody"))))
        .isEmpty();
  }

  @Test
  void inserting_a_taken_username_in_another_case_is_refused_and_keeps_nothing() {
    tx(() -> users.insert(minimal("ada", 10)));
    User clash = minimal("ADA", 11);

    assertThatThrownBy(() -> tx(() -> users.insert(clash)))
        .isInstanceOfSatisfying(
            UniquenessViolated.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).contains("username"));
    assertThat(tx(() -> users.find(clash.id()))).isEmpty();
  }

  @Test
  void spellings_of_a_unique_value_differing_in_case_or_surrounding_whitespace_are_one_key() {
    AtomicInteger examples = new AtomicInteger();
    qt().withExamples(25)
        .forAll(
            Generate.enumValues(UniqueKey.Kind.class),
            TextGen.uniqueValues(30),
            Spelling.spellings(40),
            Spelling.spellings(40))
        .checkAssert(
            (kind, text, first, second) -> {
              // Fresh values and associate ids in each example, so the store need not be emptied.
              int n = 1000 + 2 * examples.incrementAndGet();
              String value = "k" + n + "." + text;
              User holder = with(minimal("holder" + n, n), kind, first.of(value));
              tx(() -> users.insert(holder));
              User clash = with(minimal("clash" + n, n + 1), kind, second.of(value));

              assertThatThrownBy(() -> tx(() -> users.insert(clash)))
                  .as("%s %s after %s", kind, second.of(value), first.of(value))
                  .isInstanceOfSatisfying(
                      UniquenessViolated.class,
                      e ->
                          assertThat(e.errors())
                              .extracting(FieldError::field)
                              .contains(kind.field()));
              assertThat(tx(() -> users.find(clash.id()))).isEmpty();

              User other = with(minimal("other" + n, n + 1), kind, "other" + n);
              tx(() -> users.insert(other));
              assertThatThrownBy(
                      () -> tx(() -> users.update(other, with(other, kind, second.of(value)))))
                  .isInstanceOfSatisfying(
                      UniquenessViolated.class,
                      e ->
                          assertThat(e.errors())
                              .extracting(FieldError::field)
                              .contains(kind.field()));
              assertThat(tx(() -> users.find(other.id()))).contains(other);

              assertThat(tx(() -> users.holderOf(new UniqueKey(kind, second.of(value)))))
                  .contains(holder.id());
              assertThat(tx(() -> users.find(holder.id())))
                  .hasValueSatisfying(
                      u -> assertThat(kind.source().get(u)).isEqualTo(first.of(value).strip()));
              if (kind == UniqueKey.Kind.USERNAME) {
                assertThat(tx(() -> users.findByUsername(second.of(value)))).contains(holder);
              }
            });
  }

  @Test
  void a_key_longer_than_its_value_is_kept() {
    // Lower-cased, U+0130 (capital I with a dot) is two characters: the key is twice the value.
    String dotted = "\u0130".repeat(255);
    User wide =
        with(
            with(minimal("wide", 10), UniqueKey.Kind.USERNAME, dotted),
            UniqueKey.Kind.NICK_NAME,
            dotted);
    tx(() -> users.insert(wide));

    assertThat(tx(() -> users.findByUsername("i\u0307".repeat(255)))).contains(wide);
    assertThat(tx(() -> users.holderOf(new UniqueKey(UniqueKey.Kind.NICK_NAME, dotted))))
        .contains(wide.id());
  }

  /** {@code user} with the value of {@code kind} set to {@code value}. */
  private User with(User user, UniqueKey.Kind kind, String value) {
    return user.update(
            Draft.<User>builder().set(kind.source(), value).build(),
            new MapUserDirectory(ports.referenceData().customFieldSchema()),
            T0.plusSeconds(1))
        .after();
  }

  @Test
  void inserting_a_taken_id_is_refused() {
    User ada = minimal("ada", 10);
    tx(() -> users.insert(ada));
    User sameId =
        new User(
            ada.id(),
            AssociateId.of(11),
            minimal("bob", 11).login(),
            ada.person(),
            ada.privateContact(),
            ada.hr(),
            ada.organisation(),
            ada.access(),
            ada.customFields(),
            ada.lifecycle());

    assertThatThrownBy(() -> tx(() -> users.insert(sameId))).isInstanceOf(UniquenessViolated.class);
  }

  @Test
  void an_update_with_the_current_version_replaces_the_user() {
    User ada = full("ada", 10);
    tx(() -> users.insert(ada));
    User renamed = rename(ada, "Lovelace");

    tx(() -> users.update(ada, renamed));

    assertThat(tx(() -> users.find(ada.id()))).contains(renamed);
  }

  @Test
  void an_update_adds_changes_and_removes_child_rows() {
    User ada = full("ada", 10);
    tx(() -> users.insert(ada));
    UUID firstGroup = ports.referenceData().list(ReferenceKind.USER_GROUP).get(0).id();
    User changed =
        ada.update(
                Draft.<User>builder()
                    .set(UserFields.OTHER_GROUPS, Set.of(firstGroup))
                    .set(UserFields.TICKET_CATEGORIES, Set.of())
                    .put(UserFields.LICENCES, KeyedEntries.all(Map.of("hero-app", true)))
                    .put(
                        UserFields.CREDENTIALS,
                        List.of(new CredentialDraft("Password", Secret.hashed("new-hash"), "ada2")))
                    .put(
                        UserFields.CUSTOM_FIELDS,
                        new KeyedEntries<>(KeyScope.all(), Map.of("udf1", "uno", "udf2", "two")))
                    .build(),
                new MapUserDirectory(ports.referenceData().customFieldSchema()),
                T0.plusSeconds(5))
            .after();
    assertThat(changed.customFields().values()).containsOnlyKeys("udf1", "udf2");
    assertThat(changed.access().licences()).containsExactly("hero-app");

    tx(() -> users.update(ada, changed));

    assertThat(tx(() -> users.find(ada.id()))).contains(changed);
    tx(() -> users.update(changed, rename(changed, "Again")));
    assertThat(tx(() -> users.find(ada.id())))
        .hasValueSatisfying(u -> assertThat(u.customFields()).isEqualTo(changed.customFields()));
  }

  @Test
  void an_update_with_a_stale_version_is_refused_and_changes_nothing() {
    User ada = full("ada", 10);
    tx(() -> users.insert(ada));
    User first = rename(ada, "First");
    tx(() -> users.update(ada, first));

    User second = rename(ada, "Second");
    assertThatThrownBy(() -> tx(() -> users.update(ada, second)))
        .isInstanceOf(VersionConflict.class);
    assertThat(tx(() -> users.find(ada.id()))).contains(first);
  }

  @Test
  void an_update_to_initials_another_user_holds_is_refused() {
    User ada = full("ada", 10);
    User bob = full("bob", 11);
    tx(() -> users.insert(ada));
    tx(() -> users.insert(bob));
    User clash =
        bob.update(
                Draft.<User>builder().set(UserFields.INITIALS, ada.login().initials()).build(),
                new MapUserDirectory(ports.referenceData().customFieldSchema()),
                T0.plusSeconds(1))
            .after();

    assertThatThrownBy(() -> tx(() -> users.update(bob, clash)))
        .isInstanceOfSatisfying(
            UniquenessViolated.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).contains("initials"));
    assertThat(tx(() -> users.find(bob.id()))).contains(bob);
  }

  @Test
  void a_leader_has_team_members_once_someone_names_them() {
    User leader = full("leader", 10);
    tx(() -> users.insert(leader));
    assertThat(tx(() -> users.hasTeamMembers(leader.id()))).isFalse();

    User member =
        minimal("member", 11)
            .update(
                Draft.<User>builder().set(UserFields.TEAM_LEADER, leader.id()).build(),
                directoryWith(leader),
                T0.plusSeconds(1))
            .after();
    tx(() -> users.insert(member));

    assertThat(tx(() -> users.hasTeamMembers(leader.id()))).isTrue();
    assertThat(tx(() -> users.hasTeamMembers(member.id()))).isFalse();
  }

  @Test
  void associate_ids_are_never_handed_out_twice() {
    Set<AssociateId> seen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      assertThat(seen.add(tx(() -> users.nextAssociateId()))).isTrue();
    }
  }

  @Test
  void lists_leave_out_archived_users_unless_asked_filter_by_text_and_page_by_associate_id() {
    tx(() -> users.insert(minimal("carol", 3)));
    tx(() -> users.insert(minimal("alice", 1)));
    tx(() -> users.insert(minimal("bob", 2)));
    User dave = minimal("dave", 4);
    tx(() -> users.insert(dave));
    tx(() -> users.update(dave, dave.archive(T0.plusSeconds(1)).after()));

    Page<User> active = tx(() -> users.find(new ListQuery(null, false, 0, 2)));
    assertThat(active.items())
        .extracting(u -> u.login().username())
        .containsExactly("alice", "bob");
    assertThat(active.total()).isEqualTo(3);
    assertThat(active.hasMore()).isTrue();

    Page<User> rest = tx(() -> users.find(new ListQuery(null, false, 2, 2)));
    assertThat(rest.items()).extracting(u -> u.login().username()).containsExactly("carol");
    assertThat(rest.hasMore()).isFalse();

    Page<User> everyone = tx(() -> users.find(new ListQuery(null, true, 0, 10)));
    assertThat(everyone.items())
        .extracting(u -> u.login().username())
        .containsExactly("alice", "bob", "carol", "dave");

    Page<User> text = tx(() -> users.find(new ListQuery("AR", true, 0, 10)));
    assertThat(text.items()).extracting(u -> u.login().username()).containsExactly("carol");
  }

  @Test
  void a_filter_compares_text_ignoring_case_and_combines_with_and_or() {
    User ada = full("ada", 1);
    User bob = minimal("bob", 2);
    User cyd = minimal("cyd", 3);
    tx(() -> users.insert(ada));
    tx(() -> users.insert(bob));
    tx(() -> users.insert(cyd));

    assertThat(usernames(new Criterion.Equals(UserFields.USERNAME, "ADA", false)))
        .containsExactly("ada");
    assertThat(usernames(new Criterion.Equals(UserFields.USERNAME, "ada", true)))
        .containsExactly("bob", "cyd");
    assertThat(usernames(new Criterion.StartsWith(UserFields.LASTNAME, "LASTNAME OF B")))
        .containsExactly("bob");
    assertThat(usernames(new Criterion.Contains(UserFields.EMAIL, "YD@EXAMPLE")))
        .containsExactly("cyd");
    assertThat(usernames(new Criterion.Contains(UserFields.EMAIL, "%"))).isEmpty();
    assertThat(usernames(new Criterion.Equals(UserFields.FIRSTNAME, null, false)))
        .containsExactly("bob", "cyd");
    assertThat(usernames(new Criterion.Equals(UserFields.FIRSTNAME, null, true)))
        .containsExactly("ada");
    assertThat(usernames(new Criterion.Equals(UserFields.FIRSTNAME, "Ada", true)))
        .containsExactly("bob", "cyd");
    assertThat(usernames(new Criterion.Equals(UserFields.IS_TEAM_LEADER, true, false)))
        .containsExactly("ada");
    assertThat(
            usernames(
                new Criterion.Equals(UserFields.SALES_ORGANIZATION, organization.id(), false)))
        .containsExactly("ada", "bob", "cyd");
    assertThat(
            usernames(
                new Criterion.Or(
                    new Criterion.Equals(UserFields.USERNAME, "bob", false),
                    new Criterion.And(
                        new Criterion.StartsWith(UserFields.USERNAME, "c"),
                        new Criterion.Equals(UserFields.DISABLED, false, false)))))
        .containsExactly("bob", "cyd");
  }

  /** A user with a last name, a first name (or none) and a rank. */
  private User ranked(
      String username, int associateId, String lastname, String firstname, int rank) {
    return User.create(
            UserId.random(),
            AssociateId.of(associateId),
            Mother.minimalDraft(username, organization.id())
                .set(UserFields.LASTNAME, lastname)
                .set(UserFields.FIRSTNAME, firstname)
                .set(UserFields.RANK, rank)
                .build(),
            new MapUserDirectory(),
            T0)
        .after();
  }

  @Test
  void lists_follow_their_sort_keys_ignoring_case_with_empty_values_last_then_the_associate_id() {
    tx(() -> users.insert(ranked("ada", 1, "Smith", "Zed", 5)));
    tx(() -> users.insert(ranked("Bob", 2, "smith", null, 1)));
    tx(() -> users.insert(ranked("cyd", 3, "Jones", "ann", 5)));
    tx(() -> users.insert(ranked("dee", 4, "jones", null, 3)));

    assertThat(
            ordered(
                0,
                10,
                new SortKey(UserFields.LASTNAME, true),
                new SortKey(UserFields.USERNAME, false)))
        .containsExactly("ada", "Bob", "cyd", "dee");
    assertThat(ordered(0, 10, new SortKey(UserFields.RANK, true)))
        .containsExactly("ada", "cyd", "dee", "Bob");
    assertThat(ordered(0, 10, new SortKey(UserFields.FIRSTNAME, false)))
        .containsExactly("cyd", "ada", "Bob", "dee");
    assertThat(ordered(0, 10, new SortKey(UserFields.FIRSTNAME, true)))
        .containsExactly("Bob", "dee", "ada", "cyd");
    assertThat(ordered(0, 10, SortKey.byNumber(true))).containsExactly("dee", "cyd", "Bob", "ada");
    assertThat(ordered(0, 10, new SortKey(UserFields.USERNAME, true)))
        .containsExactly("dee", "cyd", "Bob", "ada");
    // Pages of an order with ties are stable: the associate id breaks them.
    assertThat(ordered(0, 2, new SortKey(UserFields.LASTNAME, false)))
        .containsExactly("cyd", "dee");
    assertThat(ordered(2, 2, new SortKey(UserFields.LASTNAME, false)))
        .containsExactly("ada", "Bob");
  }

  private List<String> ordered(int offset, int limit, SortKey... order) {
    return tx(() -> users.find(new ListQuery(null, null, true, offset, limit, List.of(order))))
        .items()
        .stream()
        .map(u -> u.login().username())
        .toList();
  }

  private List<String> usernames(Criterion filter) {
    return tx(() -> users.find(new ListQuery(null, filter, true, 0, 10))).items().stream()
        .map(u -> u.login().username())
        .toList();
  }

  @Test
  void a_failed_unit_of_work_leaves_nothing_behind() {
    User ada = minimal("ada", 10);
    SalesOrganization other = Mother.organization("ORG-2", "Bergen", ports.referenceData());

    assertThatThrownBy(
            () ->
                tx(
                    () -> {
                      ports.salesOrganizations().insert(other);
                      users.insert(ada);
                      throw new IllegalStateException("the use case fails after writing");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(tx(() -> users.find(ada.id()))).isEmpty();
    assertThat(tx(() -> ports.salesOrganizations().findById(other.id()))).isEmpty();
  }

  private User rename(User user, String lastname) {
    return user.update(
            Draft.<User>builder().set(UserFields.LASTNAME, lastname).build(),
            new MapUserDirectory(ports.referenceData().customFieldSchema()),
            T0.plusSeconds(5))
        .after();
  }

  private MapUserDirectory directoryWith(User user) {
    MapUserDirectory directory = new MapUserDirectory(ports.referenceData().customFieldSchema());
    directory.put(user);
    return directory;
  }
}
