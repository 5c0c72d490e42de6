package io.roster.application.port.out;

import static io.roster.application.fixtures.Mother.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.Ports;
import io.roster.application.port.out.LoginFailures.Failure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LoginFailures} store does; each implementation runs this suite unchanged. */
public abstract class LoginFailuresContract {
  private static final String ADA = "1".repeat(64);
  private static final String BOB = "2".repeat(64);

  private LoginFailures failures;

  /** Fresh ports over an empty store. */
  protected abstract Ports emptyPorts();

  @BeforeEach
  void setUp() {
    failures = emptyPorts().loginFailures();
  }

  @Test
  void the_latest_failure_is_the_last_in_time_and_of_those_the_highest_count() {
    assertThat(failures.latest(ADA)).isEmpty();

    failures.add(ADA, new Failure(T0, 1));
    failures.add(ADA, new Failure(T0.plusNanos(5_000), 3));
    failures.add(ADA, new Failure(T0.plusNanos(5_000), 4));
    failures.add(ADA, new Failure(T0.plusNanos(5_000), 2));
    failures.add(BOB, new Failure(T0.plusSeconds(60), 9));

    assertThat(failures.latest(ADA)).contains(new Failure(T0.plusNanos(5_000), 4));
    assertThat(failures.latest(BOB)).contains(new Failure(T0.plusSeconds(60), 9));
  }

  @Test
  void failures_are_counted_after_a_time_not_at_it() {
    failures.add(ADA, new Failure(T0, 1));
    failures.add(ADA, new Failure(T0.plusSeconds(1), 2));
    failures.add(ADA, new Failure(T0.plusSeconds(1), 3));
    failures.add(BOB, new Failure(T0.plusSeconds(2), 1));

    assertThat(failures.countAfter(ADA, T0.minusSeconds(1))).isEqualTo(3);
    assertThat(failures.countAfter(ADA, T0)).isEqualTo(2);
    assertThat(failures.countAfter(ADA, T0.plusSeconds(1))).isZero();
    assertThat(failures.countAfter("3".repeat(64), T0.minusSeconds(1))).isZero();
  }

  @Test
  void clearing_a_key_forgets_its_failures_only() {
    failures.add(ADA, new Failure(T0, 1));
    failures.add(ADA, new Failure(T0, 2));
    failures.add(BOB, new Failure(T0, 1));

    failures.clear(ADA);

    assertThat(failures.latest(ADA)).isEmpty();
    assertThat(failures.countAfter(ADA, T0.minusSeconds(1))).isZero();
    assertThat(failures.latest(BOB)).contains(new Failure(T0, 1));
  }

  @Test
  void failures_before_a_time_are_forgotten_whatever_their_key() {
    failures.add(ADA, new Failure(T0, 1));
    failures.add(ADA, new Failure(T0.plusSeconds(10), 2));
    failures.add(BOB, new Failure(T0.plusSeconds(5), 1));

    failures.forgetBefore(T0.plusSeconds(10));

    assertThat(failures.countAfter(ADA, T0.minusSeconds(1))).isEqualTo(1);
    assertThat(failures.latest(ADA)).contains(new Failure(T0.plusSeconds(10), 2));
    assertThat(failures.latest(BOB)).isEmpty();
  }
}
