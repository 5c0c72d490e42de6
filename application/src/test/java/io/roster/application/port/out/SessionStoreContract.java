package io.roster.application.port.out;

import static io.roster.application.fixtures.Mother.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.Ports;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.out.SessionStore.StoredSession;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} does; each implementation runs this suite unchanged. */
public abstract class SessionStoreContract {
  private static final Duration IDLE = Duration.ofHours(8);

  private SessionStore sessions;
  private UserId ada;
  private UserId bob;

  /** Fresh ports over an empty store. */
  protected abstract Ports emptyPorts();

  @BeforeEach
  void setUp() {
    Ports ports = emptyPorts();
    sessions = ports.sessions();
    SalesOrganization organization = Mother.organization("ORG-1", "Oslo", ports.referenceData());
    User adaUser = Mother.minimalUser("ada", 1, organization.id());
    User bobUser = Mother.minimalUser("bob", 2, organization.id());
    ports
        .unitOfWork()
        .inTransaction(
            () -> {
              ports.salesOrganizations().insert(organization);
              ports.users().insert(adaUser);
              ports.users().insert(bobUser);
              return null;
            });
    ada = adaUser.id();
    bob = bobUser.id();
  }

  private static StoredSession session(String hash, UserId user, Instant lastUsed) {
    return new StoredSession(
        hash, "xsrf-" + hash.substring(0, 8), user, lastUsed, lastUsed.plus(IDLE));
  }

  @Test
  void a_session_is_found_by_its_ticket_hash_as_it_was_kept() {
    // Microseconds: what both databases keep of a time.
    StoredSession kept = session("a".repeat(64), ada, T0.plusNanos(123_456_000));
    sessions.add(kept);
    sessions.add(session("b".repeat(64), bob, T0));

    assertThat(sessions.find("a".repeat(64))).contains(kept);
    assertThat(sessions.find("c".repeat(64))).isEmpty();
  }

  @Test
  void a_use_moves_the_last_use_and_the_end_forward_never_back() {
    String hash = "a".repeat(64);
    sessions.add(session(hash, ada, T0));
    Instant later = T0.plusSeconds(600);

    sessions.touch(hash, later, later.plus(IDLE));
    assertThat(sessions.find(hash)).contains(session(hash, ada, later));

    sessions.touch(hash, T0.plusSeconds(300), T0.plusSeconds(300).plus(IDLE));
    sessions.touch(hash, later, later.plus(Duration.ofDays(1)));
    assertThat(sessions.find(hash)).contains(session(hash, ada, later));

    sessions.touch("c".repeat(64), later, later.plus(IDLE));
    assertThat(sessions.find("c".repeat(64))).isEmpty();
  }

  @Test
  void a_removed_session_is_gone_and_removing_it_again_says_so() {
    String hash = "a".repeat(64);
    sessions.add(session(hash, ada, T0));
    sessions.add(session("b".repeat(64), ada, T0));

    assertThat(sessions.remove(hash)).isTrue();
    assertThat(sessions.remove(hash)).isFalse();
    assertThat(sessions.find(hash)).isEmpty();
    assertThat(sessions.find("b".repeat(64))).isPresent();
  }

  @Test
  void removing_the_expired_sessions_keeps_the_live_ones() {
    sessions.add(session("a".repeat(64), ada, T0));
    sessions.add(session("b".repeat(64), bob, T0.plusSeconds(1)));
    sessions.add(session("c".repeat(64), ada, T0.plusSeconds(2)));

    assertThat(sessions.removeExpired(T0.plus(IDLE).plusSeconds(1))).isEqualTo(2);

    assertThat(sessions.find("a".repeat(64))).isEmpty();
    assertThat(sessions.find("b".repeat(64))).isEmpty();
    assertThat(sessions.find("c".repeat(64))).isPresent();
    assertThat(sessions.removeExpired(T0.plus(IDLE).plusSeconds(1))).isZero();
  }
}
