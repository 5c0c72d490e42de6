package io.roster.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReferenceItemTest {
  private static final UUID BELGIUM_ID = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  private static final UUID FRANCE_ID = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
  private static final ReferenceItem BELGIUM =
      new ReferenceItem(ReferenceKind.COUNTRY, BELGIUM_ID, 56, "BE", "Belgium");

  @Test
  void an_item_is_named_by_its_id_and_by_no_other() {
    assertThat(BELGIUM.isNamedBy(Reference.byId(BELGIUM_ID))).isTrue();
    assertThat(BELGIUM.isNamedBy(Reference.byId(FRANCE_ID))).isFalse();
  }

  @Test
  void an_item_is_named_by_its_number_and_by_no_other() {
    assertThat(BELGIUM.isNamedBy(Reference.byNumber(56))).isTrue();
    assertThat(BELGIUM.isNamedBy(Reference.byNumber(250))).isFalse();
  }

  @Test
  void an_item_is_named_by_its_code_ignoring_case() {
    assertThat(BELGIUM.isNamedBy(Reference.byCode("be"))).isTrue();
    assertThat(BELGIUM.isNamedBy(Reference.byCode("BE"))).isTrue();
    assertThat(BELGIUM.isNamedBy(Reference.byCode("FR"))).isFalse();
  }

  @Test
  void an_item_is_not_named_by_its_name_or_by_an_embedded_entity() {
    assertThat(BELGIUM.isNamedBy(Reference.byCode("Belgium"))).isFalse();
    assertThat(BELGIUM.isNamedBy(Reference.embedded(BELGIUM))).isFalse();
  }

  @Test
  void users_and_sales_organizations_are_aggregates_not_reference_data() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReferenceItem(ReferenceKind.USER, BELGIUM_ID, 1, "ann", "Ann"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ReferenceItem(
                    ReferenceKind.SALES_ORGANIZATION, BELGIUM_ID, 1, "BNL", "Benelux"));
  }

  @Test
  void an_item_number_is_positive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReferenceItem(ReferenceKind.COUNTRY, BELGIUM_ID, 0, "BE", "Belgium"));
  }
}
