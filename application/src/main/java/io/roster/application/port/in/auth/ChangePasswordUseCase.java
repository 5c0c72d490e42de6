package io.roster.application.port.in.auth;

import io.roster.application.port.in.Principal;

/** A user changes their own password, giving the current one. */
public interface ChangePasswordUseCase {
  /**
   * @throws io.roster.application.port.in.auth.AccessDenied when {@code current} is not right, or
   *     the caller is not a user
   * @throws io.roster.domain.failure.ValidationFailed when {@code next} is empty
   */
  void changePassword(Principal actor, String current, String next);
}
