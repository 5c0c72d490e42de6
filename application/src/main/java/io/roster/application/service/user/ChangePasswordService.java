package io.roster.application.service.user;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.ChangePasswordUseCase;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.service.Conflicts;
import io.roster.application.service.auth.AuthenticationService;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.user.User;
import java.time.InstantSource;

public final class ChangePasswordService implements ChangePasswordUseCase {
  private final UnitOfWork unitOfWork;
  private final UserWriter writer;
  private final AuthenticateUseCase authentication;
  private final InstantSource clock;

  public ChangePasswordService(
      UnitOfWork unitOfWork,
      UserWriter writer,
      AuthenticateUseCase authentication,
      InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.writer = writer;
    this.authentication = authentication;
    this.clock = clock;
  }

  @Override
  public void changePassword(Principal actor, String current, String next) {
    if (actor.userId() == null || actor.partnerApp()) {
      throw new AccessDenied("Only a user can change their own password.");
    }
    if (next == null || next.isBlank()) {
      throw ValidationFailed.of("newPassword", FieldError.Code.REQUIRED, "is required");
    }
    if (next.length() > AuthenticationService.MAX_PASSWORD_LENGTH) {
      throw ValidationFailed.of(
          FieldError.tooLong("newPassword", AuthenticationService.MAX_PASSWORD_LENGTH));
    }
    User self = writer.load(actor.userId(), Precondition.none());
    try {
      // The same check (and throttling) as a login; the address is the user's own.
      authentication.authenticate(self.login().username(), current, "user:" + actor.userId());
    } catch (AuthenticationFailed e) {
      throw new AccessDenied("The current password is not right.");
    }
    Conflicts.retrying(
        Precondition.none(),
        () ->
            unitOfWork.inTransaction(
                () -> {
                  User stored = writer.load(actor.userId(), Precondition.none());
                  return writer.replacePassword(actor, stored, next, clock.instant());
                }));
  }
}
