package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.UseCases;
import io.roster.application.fixtures.Directory;
import io.roster.application.memory.InMemorySessionStore;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.SessionUseCase;
import io.roster.application.port.in.auth.SessionUseCase.Opened;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.out.SessionStore.StoredSession;
import io.roster.application.service.auth.SessionService;
import io.roster.application.service.security.Sha256;
import io.roster.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Sessions over the shared store: opened, used, ended and expired as on one instance. */
class SessionsTest {
  private static final Duration IDLE = Duration.ofHours(8);
  private static final String ADDRESS = "192.0.2.1";

  private final Directory dir = new Directory();
  private final SessionUseCase sessions = dir.useCases.sessions();
  private final InMemorySessionStore store = (InMemorySessionStore) dir.ports.sessions();
  private final User ada = dir.user("ada", Role.HR);
  private final String adaPassword = Directory.passwordOf("ada");

  private Opened open() {
    return sessions.start("ada", adaPassword, ADDRESS, IDLE);
  }

  private StoredSession kept(Opened opened) {
    return store.find(Sha256.of(opened.ticket())).orElseThrow();
  }

  @Test
  void a_session_opens_with_a_log_on_and_gives_its_caller_and_xsrf_token_on_each_use() {
    Opened opened = open();

    SessionUseCase.Active active = sessions.use(opened.ticket());

    assertThat(active.caller()).isEqualTo(Principal.user("ada", ada.id(), Role.HR));
    assertThat(active.xsrfToken()).isEqualTo(opened.xsrfToken());
    assertThat(opened.idle()).isEqualTo(IDLE);
    assertThat(opened.ticket()).isNotEqualTo(opened.xsrfToken()).hasSize(43);
    assertThat(dir.stored(ada).lifecycle().lastLogin()).isEqualTo(dir.clock.instant());
  }

  @Test
  void the_store_keeps_the_tickets_sha256_never_the_ticket() throws Exception {
    Opened opened = open();

    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(opened.ticket().getBytes(StandardCharsets.UTF_8)));
    StoredSession kept = store.find(sha256).orElseThrow();
    assertThat(kept.user()).isEqualTo(ada.id());
    assertThat(kept.xsrfToken()).isEqualTo(opened.xsrfToken());
    assertThat(kept.toString()).doesNotContain(opened.xsrfToken()).doesNotContain(sha256);
    assertThat(store.find(opened.ticket())).isEmpty();
    assertThat(opened.toString()).doesNotContain(opened.ticket());
  }

  @Test
  void a_wrong_log_on_opens_nothing_and_is_throttled_like_any_log_on() {
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> sessions.start("ada", "wrong", ADDRESS, IDLE))
          .isInstanceOf(AuthenticationFailed.class);
    }
    assertThatThrownBy(() -> open()).isInstanceOf(TooManyAttempts.class);
    assertThat(store.size()).isZero();
  }

  @Test
  void an_unknown_empty_or_missing_ticket_names_no_session() {
    open();

    assertThatThrownBy(() -> sessions.use("not a ticket")).isInstanceOf(AuthenticationFailed.class);
    assertThatThrownBy(() -> sessions.use("")).isInstanceOf(AuthenticationFailed.class);
    assertThatThrownBy(() -> sessions.use(null)).isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void a_session_ends_after_its_idle_time_without_use() {
    Opened opened = open();
    dir.clock.advance(IDLE.minusSeconds(1));
    assertThat(sessions.use(opened.ticket()).caller().name()).isEqualTo("ada");

    dir.clock.advance(IDLE.minusSeconds(1));
    assertThat(sessions.use(opened.ticket()).caller().name()).isEqualTo("ada");

    dir.clock.advance(IDLE);
    assertThatThrownBy(() -> sessions.use(opened.ticket()))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void
      a_use_writes_the_last_use_only_once_the_kept_one_is_older_than_a_hundredth_of_the_idle_time() {
    Opened opened = open();
    StoredSession first = kept(opened);
    Duration share = IDLE.dividedBy(SessionService.TOUCH_SHARE);

    dir.clock.advance(share.minusSeconds(1));
    sessions.use(opened.ticket());
    assertThat(kept(opened)).isEqualTo(first);

    dir.clock.advance(Duration.ofSeconds(1));
    sessions.use(opened.ticket());
    assertThat(kept(opened).lastUsed()).isEqualTo(dir.clock.instant());
    assertThat(kept(opened).expiresAt()).isEqualTo(dir.clock.instant().plus(IDLE));
  }

  @Test
  void ending_a_session_ends_it_for_every_use_and_records_the_log_off() {
    Opened opened = open();
    Principal caller = sessions.use(opened.ticket()).caller();
    dir.clock.advance(Duration.ofMinutes(5));

    assertThat(sessions.end(caller, opened.ticket())).isTrue();

    assertThatThrownBy(() -> sessions.use(opened.ticket()))
        .isInstanceOf(AuthenticationFailed.class);
    assertThat(dir.stored(ada).lifecycle().lastLogout()).isEqualTo(dir.clock.instant());
    assertThat(sessions.end(caller, opened.ticket())).isFalse();
    assertThat(sessions.end(caller, null)).isFalse();
  }

  @Test
  void another_service_over_the_same_store_uses_and_ends_the_same_sessions() {
    SessionUseCase elsewhere = UseCases.over(dir.ports).sessions();
    Opened opened = open();

    assertThat(elsewhere.use(opened.ticket()).caller().name()).isEqualTo("ada");
    assertThat(elsewhere.end(Principal.user("ada", ada.id(), Role.HR), opened.ticket())).isTrue();
    assertThatThrownBy(() -> sessions.use(opened.ticket()))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void each_use_checks_the_user_again() {
    Opened opened = open();
    dir.useCases
        .archiveUser()
        .archive(new ArchiveUserCommand(Principal.system(), ada.id(), Precondition.none()));

    assertThatThrownBy(() -> sessions.use(opened.ticket()))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void expired_sessions_are_forgotten_when_one_is_opened_at_most_once_a_minute() {
    open();
    dir.clock.advance(Duration.ofSeconds(30));
    open();
    dir.clock.advance(IDLE.minusSeconds(30));
    open();
    assertThat(store.size()).as("the first session forgotten").isEqualTo(2);

    dir.clock.advance(Duration.ofSeconds(30));
    open();
    assertThat(store.size()).as("the second, expired, kept within the minute").isEqualTo(3);
    dir.clock.advance(Duration.ofSeconds(30));
    open();
    assertThat(store.size()).as("the second forgotten a minute later").isEqualTo(3);
  }

  @Test
  void the_idle_time_must_be_positive() {
    assertThatThrownBy(() -> sessions.start("ada", adaPassword, ADDRESS, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.size()).isZero();
  }
}
