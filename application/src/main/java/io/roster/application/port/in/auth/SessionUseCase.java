package io.roster.application.port.in.auth;

import io.roster.application.port.in.Principal;
import java.time.Duration;
import java.util.Objects;

/**
 * Sessions: a log-on that opens a session with a ticket and an XSRF token, its use on later
 * requests, its end. Sessions are kept in the store every instance shares, so a session opened on
 * one instance is used and ended on any other. A session ends when ended, or once it has not been
 * used for its idle time (its last use is recorded again only once it is older than a hundredth of
 * that time, so it may end up to that much earlier).
 */
public interface SessionUseCase {
  /** A session just opened. Its ticket is given out here only: the store keeps just its hash. */
  record Opened(String ticket, String xsrfToken, Duration idle) {
    public Opened {
      Objects.requireNonNull(ticket, "ticket");
      Objects.requireNonNull(xsrfToken, "xsrfToken");
      Objects.requireNonNull(idle, "idle");
    }

    @Override
    public String toString() {
      return "Opened[idle=" + idle + "]";
    }
  }

  /** The caller of a live session, as they are now, and the session's XSRF token. */
  record Active(Principal caller, String xsrfToken) {
    public Active {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(xsrfToken, "xsrfToken");
    }

    @Override
    public String toString() {
      return "Active[caller=" + caller + "]";
    }
  }

  /**
   * Logs on with these credentials ({@link AuthenticateUseCase#logIn}, throttled alike) and opens a
   * session that lasts {@code idle} without use.
   *
   * @throws AuthenticationFailed when they name nobody who may log on
   * @throws TooManyAttempts when the log-on is throttled
   */
  Opened start(String username, String password, String clientAddress, Duration idle);

  /**
   * The caller of the live session with this ticket, its idle time restarted.
   *
   * @throws AuthenticationFailed when no live session has this ticket, or its user may no longer
   *     log on
   */
  Active use(String ticket);

  /**
   * Ends the session with this ticket, on every instance, and records the caller's log-off; false
   * (and nothing recorded) when no session has this ticket.
   */
  boolean end(Principal caller, String ticket);
}
