package io.roster.domain.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DraftTest {
  /** A small aggregate of its own, so that these examples show the draft alone. */
  record Memo(String title, String body, boolean pinned, UUID owner) {}

  static final Field<Memo, String> TITLE = Field.<Memo>text("title", 80, Memo::title).required();
  static final Field<Memo, String> BODY = Field.text("body", 0, Memo::body);
  static final Field<Memo, Boolean> PINNED = Field.flag("pinned", Memo::pinned);
  static final Field<Memo, UUID> OWNER = Field.reference("owner", ReferenceKind.USER, Memo::owner);

  private static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-000000000002");
  private static final Memo STORED = new Memo("Plan", "Ship it", true, ANN);

  @Test
  void a_covered_field_takes_the_value_the_draft_gives() {
    Draft<Memo> draft = Draft.<Memo>builder().set(TITLE, "New plan").build();

    assertThat(draft.merged(TITLE, STORED)).isEqualTo("New plan");
  }

  @Test
  void a_covered_field_without_a_value_is_cleared_to_its_empty_value() {
    Draft<Memo> draft = Draft.<Memo>builder().cover(BODY).cover(PINNED).build();

    assertThat(draft.merged(BODY, STORED)).isNull();
    assertThat(draft.merged(PINNED, STORED)).isFalse();
  }

  @Test
  void a_field_outside_the_view_keeps_its_stored_value() {
    Draft<Memo> draft = Draft.<Memo>builder().set(TITLE, "New plan").build();

    assertThat(draft.covers(BODY)).isFalse();
    assertThat(draft.merged(BODY, STORED)).isEqualTo("Ship it");
    assertThat(draft.merged(PINNED, STORED)).isTrue();
  }

  @Test
  void a_draft_without_a_field_keeps_its_stored_value_and_its_references_are_gone() {
    Draft<Memo> draft =
        Draft.<Memo>builder()
            .cover(BODY)
            .refer(OWNER, Reference.byId(BOB))
            .build()
            .without(BODY)
            .without(OWNER);

    assertThat(draft.covers(BODY)).isFalse();
    assertThat(draft.references()).isEmpty();
    assertThat(draft.merged(BODY, STORED)).isEqualTo("Ship it");
    assertThat(draft.merged(OWNER, STORED)).isEqualTo(ANN);
  }

  @Test
  void for_a_new_aggregate_a_field_outside_the_view_takes_its_empty_value() {
    Draft<Memo> draft = Draft.<Memo>builder().set(TITLE, "Plan").build();

    assertThat(draft.merged(BODY, null)).isNull();
    assertThat(draft.merged(PINNED, null)).isFalse();
  }

  @Test
  void a_draft_covering_a_view_clears_every_field_of_it_that_gets_no_value() {
    Draft<Memo> draft = Draft.<Memo>covering(List.of(TITLE, BODY)).set(TITLE, "Plan").build();

    assertThat(draft.view()).containsExactlyInAnyOrder(TITLE, BODY);
    assertThat(draft.merged(BODY, STORED)).isNull();
    assertThat(draft.merged(OWNER, STORED)).isEqualTo(ANN);
  }

  @Test
  void resolving_replaces_every_reference_of_a_field_by_the_id_found_for_them() {
    Draft<Memo> draft =
        Draft.<Memo>builder()
            .refer(OWNER, Reference.byCode("bob"))
            .refer(OWNER, Reference.byNumber(2))
            .build();
    List<List<Reference<?>>> asked = new ArrayList<>();

    Draft<Memo> resolved =
        draft.resolve(
            (field, references) -> {
              asked.add(references);
              return BOB;
            });

    assertThat(asked).containsExactly(List.of(Reference.byCode("bob"), Reference.byNumber(2)));
    assertThat(resolved.references()).isEmpty();
    assertThat(resolved.merged(OWNER, STORED)).isEqualTo(BOB);
  }

  @Test
  void merging_a_field_whose_reference_is_not_resolved_is_a_programming_error() {
    Draft<Memo> draft = Draft.<Memo>builder().refer(OWNER, Reference.byCode("bob")).build();

    assertThatIllegalStateException().isThrownBy(() -> draft.merged(OWNER, STORED));
  }

  @Test
  void only_a_reference_field_can_be_given_a_reference() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Draft.<Memo>builder().refer(TITLE, Reference.byCode("plan")));
  }
}
