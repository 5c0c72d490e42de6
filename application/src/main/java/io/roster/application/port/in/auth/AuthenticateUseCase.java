package io.roster.application.port.in.auth;

import io.roster.application.port.in.Principal;
import io.roster.domain.user.UserId;

/**
 * Who a caller is. Passwords are checked against the user's {@code Password} credential; archived,
 * disabled and not yet approved users cannot authenticate. Failures are throttled per user name (a
 * name that failed too often is refused, even with the right password) and per client address (an
 * address that failed too often has its wrong passwords refused; a right one still logs on).
 */
public interface AuthenticateUseCase {
  /**
   * The caller these credentials name, for one request.
   *
   * @throws AuthenticationFailed when they name nobody who may log on
   * @throws TooManyAttempts when this user name failed too often just now, or when the password is
   *     wrong and this client address failed too often just now
   */
  Principal authenticate(String username, String password, String clientAddress);

  /** As {@link #authenticate}, and records the log-on as the user's last login. */
  Principal logIn(String username, String password, String clientAddress);

  /**
   * The caller a token or session issued earlier stands for, as they are now (their role may have
   * changed). @throws AuthenticationFailed when the user is gone or may no longer log on
   */
  Principal resume(UserId user);

  /** Records the end of a session as the user's last logout. */
  void logOut(Principal principal);
}
