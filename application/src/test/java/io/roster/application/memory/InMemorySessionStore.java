package io.roster.application.memory;

import io.roster.application.port.out.SessionStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Sessions in a map, for one process. */
public final class InMemorySessionStore implements SessionStore {
  private final Map<String, StoredSession> byHash = new LinkedHashMap<>();

  @Override
  public synchronized void add(StoredSession session) {
    if (byHash.putIfAbsent(session.ticketHash(), session) != null) {
      throw new IllegalStateException("a session with this ticket hash is kept already");
    }
  }

  @Override
  public synchronized Optional<StoredSession> find(String ticketHash) {
    return Optional.ofNullable(byHash.get(ticketHash));
  }

  @Override
  public synchronized void touch(String ticketHash, Instant at, Instant expiresAt) {
    byHash.computeIfPresent(
        ticketHash,
        (hash, s) ->
            s.lastUsed().isBefore(at)
                ? new StoredSession(hash, s.xsrfToken(), s.user(), at, expiresAt)
                : s);
  }

  @Override
  public synchronized boolean remove(String ticketHash) {
    return byHash.remove(ticketHash) != null;
  }

  @Override
  public synchronized int removeExpired(Instant now) {
    int before = byHash.size();
    byHash.values().removeIf(s -> !now.isBefore(s.expiresAt()));
    return before - byHash.size();
  }

  /** How many sessions are kept, expired or not. */
  public synchronized int size() {
    return byHash.size();
  }
}
