package io.roster.adapter.rest.auth;

import io.roster.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions started with {@code POST /auth/session}, in memory: each has a ticket (for {@code
 * Authorization: SoTicket} and the session cookie) and an XSRF token (for the {@code XSRF-TOKEN}
 * cookie). A session ends when deleted or after {@code idle} without use; a restart ends them all.
 */
final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  record Session(String ticket, String xsrfToken, UserId user, Instant lastUsed) {}

  private final Map<String, Session> byTicket = new ConcurrentHashMap<>();
  private final Duration idle;
  private final InstantSource clock;

  Sessions(Duration idle, InstantSource clock) {
    this.idle = idle;
    this.clock = clock;
  }

  Session start(UserId user) {
    Instant now = clock.instant();
    byTicket.values().removeIf(s -> expired(s, now));
    Session session = new Session(random(), random(), user, now);
    byTicket.put(session.ticket(), session);
    return session;
  }

  /** The live session with this ticket, its idle time restarted. */
  Optional<Session> use(String ticket) {
    if (ticket == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session found =
        byTicket.computeIfPresent(
            ticket,
            (t, s) ->
                expired(s, now) ? null : new Session(s.ticket(), s.xsrfToken(), s.user(), now));
    return Optional.ofNullable(found);
  }

  Optional<Session> end(String ticket) {
    return ticket == null ? Optional.empty() : Optional.ofNullable(byTicket.remove(ticket));
  }

  Duration idle() {
    return idle;
  }

  private boolean expired(Session session, Instant now) {
    return !now.isBefore(session.lastUsed().plus(idle));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
