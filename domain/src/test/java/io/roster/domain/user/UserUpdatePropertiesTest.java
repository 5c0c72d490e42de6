package io.roster.domain.user;

import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.Revision;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.testkit.UserGen;
import io.roster.domain.testkit.UserInvariants;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class UserUpdatePropertiesTest {
  private static final SalesOrganizationId ORGANIZATION =
      SalesOrganizationId.of(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
  private static final Instant LATER = EPOCH.plusSeconds(3600);

  private final MapUserDirectory directory = new MapUserDirectory();
  private final Gen<User> users = UserGen.users(ORGANIZATION);
  private final Gen<Draft<User>> drafts = UserGen.partialDrafts(ORGANIZATION);

  @Test
  void a_valid_draft_always_yields_a_user_that_keeps_every_invariant() {
    qt().forAll(users, drafts)
        .checkAssert(
            (user, draft) -> {
              User after = user.update(draft, directory, LATER).after();

              assertThat(UserInvariants.violations(after)).isEmpty();
              for (Field<User, ?> field : draft.view()) {
                if (field.kind() != Field.Kind.KEYED && field.kind() != Field.Kind.CREDENTIALS) {
                  Object given = draft.given(field);
                  assertThat(field.get(after))
                      .as(field.name())
                      .isEqualTo(given == null ? field.empty() : given);
                }
              }
            });
  }

  @Test
  void the_same_draft_applied_twice_equals_applying_it_once() {
    qt().forAll(users, drafts)
        .checkAssert(
            (user, draft) -> {
              User once = user.update(draft, directory, LATER).after();
              Revision<User> twice = once.update(draft, directory, LATER.plusSeconds(1));

              assertThat(twice.changed()).isFalse();
              assertThat(twice.after()).isEqualTo(once);
            });
  }

  @Test
  void fields_outside_the_view_never_change() {
    qt().forAll(users, drafts)
        .checkAssert(
            (user, draft) -> {
              User after = user.update(draft, directory, LATER).after();

              for (Field<User, ?> field : UserFields.ALL) {
                if (!draft.covers(field)) {
                  assertThat(field.get(after)).as(field.name()).isEqualTo(field.get(user));
                }
              }
              assertThat(after.id()).isEqualTo(user.id());
              assertThat(after.associateId()).isEqualTo(user.associateId());
              assertThat(after.lifecycle().createdAt()).isEqualTo(user.lifecycle().createdAt());
            });
  }

  @Test
  void an_update_changes_version_and_modification_time_exactly_when_a_field_changes() {
    qt().forAll(users, drafts)
        .checkAssert(
            (user, draft) -> {
              Revision<User> revision = user.update(draft, directory, LATER);
              Lifecycle after = revision.after().lifecycle();

              if (revision.changed()) {
                assertThat(after.version()).isEqualTo(user.lifecycle().version() + 1);
                assertThat(after.modifiedAt()).isEqualTo(LATER);
              } else {
                assertThat(revision.after()).isSameAs(user);
              }
            });
  }

  @Test
  void a_draft_that_breaks_one_bound_is_rejected_naming_that_field_and_changes_nothing() {
    qt().forAll(users, drafts, brokenValues())
        .checkAssert(
            (user, draft, broken) -> {
              Field<User, ?> field = broken.getKey();
              Draft<User> bad = draft.replacing(field, broken.getValue());
              User before = user;

              assertThatThrownBy(() -> user.update(bad, directory, LATER))
                  .isInstanceOfSatisfying(
                      ValidationFailed.class,
                      e ->
                          assertThat(
                                  e.errors().stream()
                                      .map(FieldError::field)
                                      .collect(Collectors.toSet()))
                              .containsExactly(field.name()));
              assertThat(user).isEqualTo(before);
            });
  }

  @Test
  void archive_then_unarchive_loses_nothing() {
    qt().forAll(users.map(user -> user.unarchive(EPOCH).after()))
        .checkAssert(
            user -> {
              User archived = user.archive(LATER).after();
              User back = archived.unarchive(LATER.plusSeconds(1)).after();

              assertThat(archived.isArchived()).isTrue();
              assertThat(archived.canLogOn()).isFalse();
              for (Field<User, ?> field : UserFields.ALL) {
                assertThat(field.get(back)).as(field.name()).isEqualTo(field.get(user));
              }
              assertThat(back.lifecycle().version()).isEqualTo(user.lifecycle().version() + 2);
            });
  }

  /** A field and a value for it that breaks exactly one of its rules. */
  private static Gen<Map.Entry<Field<User, ?>, Object>> brokenValues() {
    List<Map.Entry<Field<User, ?>, Object>> cases = new ArrayList<>();
    for (Field<User, ?> field : UserFields.ALL) {
      if (field.maxLength() > 0) {
        String tooLong =
            (field.kind() == Field.Kind.EMAIL ? "" : "x").repeat(field.maxLength() + 1);
        if (field.kind() == Field.Kind.EMAIL) {
          tooLong = "a".repeat(field.maxLength()) + "@b.c";
        }
        cases.add(Map.entry(field, tooLong));
      }
      if (field.kind() == Field.Kind.EMAIL) {
        cases.add(Map.entry(field, "not-an-address"));
      }
      if (field.isRequired()) {
        cases.add(
            Map.entry(
                field,
                field.kind() == Field.Kind.TEXT || field.kind() == Field.Kind.EMAIL ? " " : NULL));
      }
      if (field.kind() == Field.Kind.INTEGER) {
        cases.add(Map.entry(field, -1));
      }
    }
    return Generate.pick(cases)
        .map(e -> e.getValue() == NULL ? new AbstractMap.SimpleEntry<>(e.getKey(), null) : e);
  }

  private static final Object NULL = new Object();
}
