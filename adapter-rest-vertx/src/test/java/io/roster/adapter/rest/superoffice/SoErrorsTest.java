package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The 412 sentences, with and without the time of the last change (a write race does not know it).
 */
class SoErrorsTest {

  @Test
  void if_match_with_and_without_the_time_of_the_change() {
    assertThat(SoErrors.preconditionFailed(true, "23.11.2026, 14:05:07 (UTC)"))
        .isEqualTo(
            "The user was changed at 23.11.2026, 14:05:07 (UTC) since the version given in If-Match.");
    assertThat(SoErrors.preconditionFailed(true, ""))
        .isEqualTo("The user was changed since the version given in If-Match.");
  }

  @Test
  void if_unmodified_since_with_and_without_the_time_of_the_change() {
    assertThat(SoErrors.preconditionFailed(false, "2026-11-23 14:05:07 (UTC)"))
        .isEqualTo(
            "The user was changed at 2026-11-23 14:05:07 (UTC), after the date given in If-Unmodified-Since.");
    assertThat(SoErrors.preconditionFailed(false, ""))
        .isEqualTo("The user was changed since the date given in If-Unmodified-Since.");
  }
}
