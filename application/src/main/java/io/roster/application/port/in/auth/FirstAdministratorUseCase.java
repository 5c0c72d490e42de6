package io.roster.application.port.in.auth;

import java.util.Optional;

/** Makes sure someone can administer a new installation. */
public interface FirstAdministratorUseCase {
  /**
   * When no user who is not archived has the administrator role, creates one with this user name
   * and password (in a sales organization {@code ROSTER}, made when missing) and returns its user
   * name; else changes nothing and returns empty.
   */
  Optional<String> ensureAdministrator(String username, String password);
}
