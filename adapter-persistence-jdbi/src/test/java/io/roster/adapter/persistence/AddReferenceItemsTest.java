package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.port.out.ReferenceData;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference items an installation adds itself (user groups, ticket categories, licences). */
class AddReferenceItemsTest {
  @TempDir Path directory;
  private TestDatabase database;
  private JdbiPersistence persistence;
  private ReferenceData lists;

  @BeforeEach
  void open() {
    database = TestDatabase.h2(directory);
    persistence = database.persistence();
    lists = persistence.referenceData();
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private static ReferenceItem group(String code, String name) {
    return new ReferenceItem(
        ReferenceKind.USER_GROUP, UUID.nameUUIDFromBytes(code.getBytes()), 99, code, name);
  }

  @Test
  void new_codes_are_added_after_the_last_number_and_served_at_once() {
    int before = lists.list(ReferenceKind.USER_GROUP).size(); // read, so the cache holds the list
    int last =
        lists.list(ReferenceKind.USER_GROUP).stream()
            .mapToInt(ReferenceItem::number)
            .max()
            .orElse(0);

    persistence.addReferenceItems(
        ReferenceKind.USER_GROUP, List.of(group("finance", "Finance"), group("legal", "Legal")));

    assertThat(lists.list(ReferenceKind.USER_GROUP)).hasSize(before + 2);
    ReferenceItem finance =
        lists.find(ReferenceKind.USER_GROUP, Reference.byCode("finance")).orElseThrow();
    ReferenceItem legal =
        lists.find(ReferenceKind.USER_GROUP, Reference.byCode("legal")).orElseThrow();
    assertThat(finance.id()).isEqualTo(group("finance", "Finance").id());
    assertThat(finance.name()).isEqualTo("Finance");
    assertThat(List.of(finance.number(), legal.number()))
        .containsExactlyInAnyOrder(last + 1, last + 2);
  }

  @Test
  void a_code_held_already_in_any_case_is_left_as_it_is() {
    persistence.addReferenceItems(ReferenceKind.USER_GROUP, List.of(group("finance", "Finance")));
    int size = rows("ref_user_group");

    persistence.addReferenceItems(
        ReferenceKind.USER_GROUP, List.of(group("finance", "Renamed"), group("FINANCE", "Upper")));

    assertThat(rows("ref_user_group")).isEqualTo(size);
    assertThat(
            lists.find(ReferenceKind.USER_GROUP, Reference.byCode("finance")).orElseThrow().name())
        .isEqualTo("Finance");
  }

  @Test
  void lists_roster_seeds_and_items_of_another_kind_are_refused_and_nothing_is_added() {
    int roles = rows("ref_role");
    int categories = rows("ref_ticket_category");
    ReferenceItem role =
        new ReferenceItem(ReferenceKind.ROLE, UUID.randomUUID(), 1, "owner", "Owner");
    ReferenceItem category =
        new ReferenceItem(ReferenceKind.TICKET_CATEGORY, UUID.randomUUID(), 1, "new", "New");

    assertThatThrownBy(() -> persistence.addReferenceItems(ReferenceKind.ROLE, List.of(role)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                persistence.addReferenceItems(
                    ReferenceKind.TICKET_CATEGORY, List.of(category, group("x", "X"))))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(rows("ref_role")).isEqualTo(roles);
    assertThat(rows("ref_ticket_category")).isEqualTo(categories);
  }

  /** Counted in the database, not through the cached lists. */
  private int rows(String table) {
    return database
        .transactions()
        .withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
  }
}
