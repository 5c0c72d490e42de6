package io.roster.application.port.out;

import io.roster.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where sessions are kept, shared by every instance that uses the same store. A session is kept by
 * the hash of its ticket, never by the ticket itself: whoever reads the store cannot use a session.
 */
public interface SessionStore {
  /**
   * A session as kept: the hash of its ticket, its XSRF token, its user, when it was last used and
   * when it ends unless used again.
   */
  record StoredSession(
      String ticketHash, String xsrfToken, UserId user, Instant lastUsed, Instant expiresAt) {
    public StoredSession {
      Objects.requireNonNull(ticketHash, "ticketHash");
      Objects.requireNonNull(xsrfToken, "xsrfToken");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(lastUsed, "lastUsed");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** How long the session lasts without use. */
    public Duration idle() {
      return Duration.between(lastUsed, expiresAt);
    }

    @Override
    public String toString() {
      return "StoredSession[user="
          + user
          + ", lastUsed="
          + lastUsed
          + ", expiresAt="
          + expiresAt
          + "]";
    }
  }

  /** Keeps a new session. */
  void add(StoredSession session);

  /** The session with this ticket hash, expired or not, while it is kept. */
  Optional<StoredSession> find(String ticketHash);

  /**
   * Records a use of the session at {@code at}, which now ends at {@code expiresAt}; nothing when
   * it is gone or was last used at or after {@code at}.
   */
  void touch(String ticketHash, Instant at, Instant expiresAt);

  /** Ends the session with this ticket hash; false when no session has it. */
  boolean remove(String ticketHash);

  /** Forgets every session that ended at or before {@code now}; how many. */
  int removeExpired(Instant now);
}
