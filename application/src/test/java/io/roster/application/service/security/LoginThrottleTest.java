package io.roster.application.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.fixtures.Mother;
import io.roster.application.fixtures.MutableClock;
import io.roster.application.memory.InMemoryLoginFailures;
import io.roster.application.port.out.LoginFailures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final MutableClock clock = new MutableClock(Mother.T0);
  private final InMemoryLoginFailures store = new InMemoryLoginFailures();
  private final LoginThrottle throttle = new LoginThrottle(store, clock);

  private void fail(String key, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(key);
    }
  }

  @Test
  void five_failures_are_free_then_the_key_is_locked_for_thirty_seconds() {
    fail("user:ada", 4);
    assertThat(throttle.waitFor("user:ada")).isEmpty();

    fail("user:ada", 1);
    assertThat(throttle.waitFor("user:ada")).contains(Duration.ofSeconds(30));

    clock.advance(Duration.ofSeconds(10));
    assertThat(throttle.waitFor("user:ada")).contains(Duration.ofSeconds(20));
    clock.advance(Duration.ofSeconds(20));
    assertThat(throttle.waitFor("user:ada")).isEmpty();
  }

  @Test
  void each_further_failure_doubles_the_lock_up_to_fifteen_minutes() {
    fail("user:ada", 5);
    for (long seconds : new long[] {30, 60, 120, 240, 480, 900, 900, 900}) {
      assertThat(throttle.waitFor("user:ada")).contains(Duration.ofSeconds(seconds));
      clock.advance(Duration.ofSeconds(seconds));
      assertThat(throttle.waitFor("user:ada")).isEmpty();
      throttle.failed("user:ada");
    }
  }

  @Test
  void many_failures_do_not_overflow_the_lock() {
    fail("user:ada", 200);

    assertThat(throttle.waitFor("user:ada")).contains(LoginThrottle.LONGEST_LOCK);
  }

  @Test
  void keys_are_throttled_apart() {
    fail("user:ada", 5);

    assertThat(throttle.waitFor("user:ada")).isPresent();
    assertThat(throttle.waitFor("user:bob")).isEmpty();
    assertThat(throttle.waitFor("address:10.0.0.1")).isEmpty();
  }

  @Test
  void failures_older_than_the_window_are_forgotten() {
    fail("user:ada", 4);
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

    fail("user:ada", 1);
    assertThat(throttle.waitFor("user:ada")).isEmpty();
    fail("user:ada", 3);
    assertThat(throttle.waitFor("user:ada")).isEmpty();
    fail("user:ada", 1);
    assertThat(throttle.waitFor("user:ada")).contains(Duration.ofSeconds(30));
  }

  @Test
  void only_failures_within_the_window_count_towards_the_lock() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("user:ada");
      clock.advance(Duration.ofMinutes(4));
    }
    // failures at 0, 4, 8 and 12 minutes; now is 16: the first has left the window
    throttle.failed("user:ada");
    assertThat(throttle.waitFor("user:ada")).isEmpty();

    throttle.failed("user:ada");
    assertThat(throttle.waitFor("user:ada")).contains(Duration.ofSeconds(30));
  }

  @Test
  void a_lock_is_forgotten_once_the_failures_are_long_past() {
    fail("user:ada", 12);
    assertThat(throttle.waitFor("user:ada")).contains(LoginThrottle.LONGEST_LOCK);

    clock.advance(LoginThrottle.WINDOW.plus(LoginThrottle.LONGEST_LOCK));
    assertThat(throttle.waitFor("user:ada")).isEmpty();
    fail("user:ada", 4);
    assertThat(throttle.waitFor("user:ada")).isEmpty();
  }

  @Test
  void a_success_clears_the_key() {
    fail("user:ada", 6);
    assertThat(throttle.waitFor("user:ada")).isPresent();

    throttle.succeeded("user:ada");

    assertThat(throttle.waitFor("user:ada")).isEmpty();
    fail("user:ada", 4);
    assertThat(throttle.waitFor("user:ada")).isEmpty();
    fail("user:ada", 1);
    assertThat(throttle.waitFor("user:ada")).contains(Duration.ofSeconds(30));
  }

  @Test
  void a_throttle_for_addresses_counts_its_own_number_of_free_failures_then_locks_alike() {
    LoginThrottle addresses = new LoginThrottle(store, clock, LoginThrottle.FAILURES_PER_ADDRESS);
    for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS - 1; i++) {
      addresses.failed("address:10.0.0.1");
    }
    assertThat(addresses.waitFor("address:10.0.0.1")).isEmpty();

    addresses.failed("address:10.0.0.1");
    assertThat(addresses.waitFor("address:10.0.0.1")).contains(Duration.ofSeconds(30));
    addresses.failed("address:10.0.0.1");
    assertThat(addresses.waitFor("address:10.0.0.1")).contains(Duration.ofSeconds(60));
    assertThat(addresses.waitFor("address:10.0.0.2")).isEmpty();
  }

  @Test
  void a_throttle_for_addresses_forgets_failures_older_than_the_window() {
    LoginThrottle addresses = new LoginThrottle(store, clock, 10);
    fail(addresses, "address:10.0.0.1", 9);
    clock.advance(LoginThrottle.WINDOW);

    fail(addresses, "address:10.0.0.1", 9);
    assertThat(addresses.waitFor("address:10.0.0.1")).isEmpty();
    fail(addresses, "address:10.0.0.1", 1);
    assertThat(addresses.waitFor("address:10.0.0.1")).contains(Duration.ofSeconds(30));
  }

  @Test
  void free_failures_are_between_one_and_ten_thousand() {
    assertThatThrownBy(() -> new LoginThrottle(store, clock, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginThrottle(store, clock, LoginThrottle.MOST_FREE_FAILURES + 1))
        .isInstanceOf(IllegalArgumentException.class);

    LoginThrottle strictest = new LoginThrottle(store, clock, 1);
    strictest.failed("address:10.0.0.1");
    assertThat(strictest.waitFor("address:10.0.0.1")).contains(Duration.ofSeconds(30));
  }

  @Test
  void throttles_over_one_store_count_their_failures_together() {
    LoginThrottle other = new LoginThrottle(store, clock);
    fail("user:ada", 3);
    fail(other, "user:ada", 1);
    assertThat(throttle.waitFor("user:ada")).isEmpty();

    other.failed("user:ada");

    assertThat(throttle.waitFor("user:ada")).contains(Duration.ofSeconds(30));
    assertThat(other.waitFor("user:ada")).contains(Duration.ofSeconds(30));
    throttle.failed("user:ada");
    assertThat(other.waitFor("user:ada")).contains(Duration.ofSeconds(60));
    other.succeeded("user:ada");
    assertThat(throttle.waitFor("user:ada")).isEmpty();
  }

  @Test
  void failures_counted_alike_at_the_same_time_elsewhere_still_lock_the_key() {
    // Two instances each saw three failures and recorded their own as the fourth.
    String key = "user:ada";
    fail(key, 3);
    store.add(Sha256.of(key), new LoginFailures.Failure(clock.instant(), 4));
    store.add(Sha256.of(key), new LoginFailures.Failure(clock.instant(), 4));

    assertThat(throttle.waitFor(key)).contains(Duration.ofSeconds(30));
  }

  @Test
  void the_store_keeps_keys_only_as_their_hash() {
    throttle.failed("user:ada@example.com");

    assertThat(store.latest("user:ada@example.com")).isEmpty();
    assertThat(store.latest(Sha256.of("user:ada@example.com"))).isPresent();
  }

  @Test
  void failures_that_can_no_longer_count_are_forgotten() {
    fail("user:ada", 12);
    fail("address:10.0.0.1", 3);
    clock.advance(LoginThrottle.WINDOW.plus(LoginThrottle.LONGEST_LOCK).plusSeconds(1));

    throttle.failed("user:bob");

    assertThat(store.size()).isEqualTo(1);
    assertThat(throttle.waitFor("user:ada")).isEmpty();
  }

  @Test
  void failures_are_forgotten_at_most_once_a_minute() {
    Duration expiry = LoginThrottle.WINDOW.plus(LoginThrottle.LONGEST_LOCK);
    throttle.failed("user:ada");
    clock.advance(Duration.ofSeconds(30));
    throttle.failed("user:bob");
    clock.advance(expiry);
    throttle.failed("user:carl");
    assertThat(store.size()).as("ada's failure forgotten").isEqualTo(2);

    clock.advance(Duration.ofSeconds(30));
    throttle.failed("user:dora");
    assertThat(store.size()).as("bob's, expired, kept within the minute").isEqualTo(3);
    clock.advance(Duration.ofSeconds(30));
    throttle.failed("user:emma");
    assertThat(store.size()).as("bob's forgotten a minute later").isEqualTo(3);
    assertThat(throttle.waitFor("user:bob")).isEmpty();
  }

  private static void fail(LoginThrottle throttle, String key, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(key);
    }
  }
}
