package io.roster.application.service.auth;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.SessionUseCase;
import io.roster.application.port.out.SessionStore;
import io.roster.application.port.out.SessionStore.StoredSession;
import io.roster.application.service.security.Sha256;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sessions over a {@link SessionStore}. A ticket is 32 random bytes; the store keeps only its
 * SHA-256, so a ticket cannot be read back from it. Each use checks the user again ({@link
 * AuthenticateUseCase#resume}), as a token's does. A use writes the session's new last use only
 * once the one kept is older than {@link #TOUCH_SHARE} of its idle time, so that not every request
 * writes. Ended sessions are forgotten at most once per {@link #PRUNE_EVERY}, when one is opened.
 */
public final class SessionService implements SessionUseCase {
  /** The share of its idle time a session's kept last use may lag behind: a hundredth. */
  public static final int TOUCH_SHARE = 100;

  public static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AuthenticateUseCase authentication;
  private final SessionStore store;
  private final InstantSource clock;
  private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

  public SessionService(
      AuthenticateUseCase authentication, SessionStore store, InstantSource clock) {
    this.authentication = authentication;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Opened start(String username, String password, String clientAddress, Duration idle) {
    if (idle == null || idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("a session's idle time must be positive: " + idle);
    }
    Principal caller = authentication.logIn(username, password, clientAddress);
    Instant now = clock.instant();
    pruneNow(now);
    String ticket = random();
    String xsrfToken = random();
    store.add(new StoredSession(hash(ticket), xsrfToken, caller.userId(), now, now.plus(idle)));
    return new Opened(ticket, xsrfToken, idle);
  }

  @Override
  public Active use(String ticket) {
    if (ticket == null || ticket.isEmpty()) {
      throw new AuthenticationFailed();
    }
    Instant now = clock.instant();
    StoredSession session =
        store
            .find(hash(ticket))
            .filter(s -> now.isBefore(s.expiresAt()))
            .orElseThrow(AuthenticationFailed::new);
    Principal caller = authentication.resume(session.user());
    Duration idle = session.idle();
    if (!now.isBefore(session.lastUsed().plus(idle.dividedBy(TOUCH_SHARE)))) {
      store.touch(session.ticketHash(), now, now.plus(idle));
    }
    return new Active(caller, session.xsrfToken());
  }

  @Override
  public boolean end(Principal caller, String ticket) {
    if (ticket == null || ticket.isEmpty() || !store.remove(hash(ticket))) {
      return false;
    }
    authentication.logOut(caller);
    return true;
  }

  private void pruneNow(Instant now) {
    Instant next = nextPrune.get();
    if (!now.isBefore(next) && nextPrune.compareAndSet(next, now.plus(PRUNE_EVERY))) {
      store.removeExpired(now);
    }
  }

  /** What the store keeps of a ticket: its SHA-256. */
  static String hash(String ticket) {
    return Sha256.of(ticket);
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
