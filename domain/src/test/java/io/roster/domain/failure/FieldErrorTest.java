package io.roster.domain.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.domain.failure.FieldError.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorTest {

  @Test
  void bounds_are_written_plainly_in_the_message_and_kept_as_limits() {
    FieldError tooLong = FieldError.tooLong("tooltip", 1000);
    FieldError outOfRange = FieldError.outOfRange("rank", 0, Integer.MAX_VALUE);

    assertThat(tooLong.code()).isEqualTo(Code.TOO_LONG);
    assertThat(tooLong.message()).isEqualTo("must be at most 1000 characters long");
    assertThat(tooLong.limits()).containsExactly(1000L);
    assertThat(outOfRange.code()).isEqualTo(Code.OUT_OF_RANGE);
    assertThat(outOfRange.message()).isEqualTo("must be between 0 and 2147483647");
    assertThat(outOfRange.limits()).containsExactly(0L, 2147483647L);
  }

  @Test
  void a_dialect_writes_the_bounds_its_own_way() {
    assertThat(FieldError.tooLong("tooltip", 1000).message(n -> "<" + n + ">"))
        .isEqualTo("must be at most <1000> characters long");
    assertThat(FieldError.outOfRange("rank", -5, 5).message(n -> n < 0 ? "minus " + -n : "" + n))
        .isEqualTo("must be between minus 5 and 5");
  }

  @Test
  void too_many_items_keeps_its_bound_as_a_limit_for_the_dialect_to_write() {
    FieldError tooMany = FieldError.tooMany("otherGroups", 1000);

    assertThat(tooMany.code()).isEqualTo(Code.TOO_MANY);
    assertThat(tooMany.message()).isEqualTo("must have at most 1000 items");
    assertThat(tooMany.limits()).containsExactly(1000L);
    assertThat(tooMany.message(n -> "<" + n + ">")).isEqualTo("must have at most <1000> items");
    assertThatThrownBy(() -> new FieldError("x", Code.TOO_MANY, "m", List.of(1L, 2L)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_message_without_bounds_stays_as_it_is() {
    FieldError required = new FieldError("lastname", Code.REQUIRED, "is required");

    assertThat(required.limits()).isEmpty();
    assertThat(required.message(n -> "never")).isEqualTo("is required");
  }

  @Test
  void under_a_parent_keeps_the_limits() {
    FieldError nested = FieldError.tooLong("type", 50).under("credentials[0]");

    assertThat(nested.field()).isEqualTo("credentials[0].type");
    assertThat(nested.message(n -> "fifty")).isEqualTo("must be at most fifty characters long");
  }

  @Test
  void limits_must_fit_the_code() {
    assertThatThrownBy(() -> new FieldError("rank", Code.REQUIRED, "is required", List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new FieldError("rank", Code.OUT_OF_RANGE, "must be between", List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
