package io.roster.application.port.in.auth;

/**
 * The credentials do not let anyone in (401). The same answer for an unknown user, a wrong password
 * and a user who may not log on, so that it tells nothing about which.
 */
public final class AuthenticationFailed extends RuntimeException {
  public AuthenticationFailed() {
    super("The user name or password is incorrect.", null, false, false);
  }
}
