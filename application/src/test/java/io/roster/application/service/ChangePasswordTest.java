package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.fixtures.Directory;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.ChangePasswordUseCase;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.out.AuditRecord;
import io.roster.application.service.security.LoginThrottle;
import io.roster.domain.credential.Credential;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ChangePasswordTest {
  private final Directory dir = new Directory();
  private final ChangePasswordUseCase passwords = dir.useCases.changePassword();
  private final User ada = dir.user("ada", Role.STANDARD);
  private final String current = Directory.passwordOf("ada");

  private boolean authenticates(String password) {
    try {
      dir.useCases.authenticate().authenticate("ada", password, "192.0.2.1");
      return true;
    } catch (AuthenticationFailed e) {
      return false;
    }
  }

  /**
   * {@code call} fails with {@code type}, and ada, her history and her password stay as they were.
   */
  private <T extends Throwable> T failsChangingNothing(Class<T> type, ThrowingCallable call) {
    User before = dir.stored(ada);
    int audited = dir.history(ada).size();

    Throwable thrown = catchThrowable(call);

    assertThat(thrown).isInstanceOf(type);
    assertThat(dir.stored(ada)).isEqualTo(before);
    assertThat(dir.history(ada)).hasSize(audited);
    return type.cast(thrown);
  }

  @Test
  void with_the_right_current_password_the_new_one_authenticates_and_the_old_one_no_longer() {
    passwords.changePassword(dir.as(ada), current, "brand new");

    assertThat(authenticates("brand new")).isTrue();
    assertThat(authenticates(current)).isFalse();
    User stored = dir.stored(ada);
    assertThat(stored.lifecycle().version()).isEqualTo(ada.lifecycle().version() + 1);
    assertThat(dir.history(ada))
        .last()
        .satisfies(
            r -> {
              assertThat(r.actor()).isEqualTo("ada");
              assertThat(r.action()).isEqualTo(AuditRecord.Action.UPDATE);
              assertThat(r.changes()).extracting(c -> c.field()).containsExactly("credentials");
              assertThat(r.toString()).doesNotContain("brand new", current);
            });
  }

  @Test
  void a_wrong_current_password_is_refused_and_changes_nothing() {
    AccessDenied denied =
        failsChangingNothing(
            AccessDenied.class, () -> passwords.changePassword(dir.as(ada), "guess", "brand new"));

    assertThat(denied.getMessage()).isEqualTo("The current password is not right.");
    assertThat(authenticates(current)).isTrue();
    assertThat(authenticates("brand new")).isFalse();
  }

  @Test
  void guessing_the_current_password_is_throttled_like_a_login() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      failsChangingNothing(
          AccessDenied.class, () -> passwords.changePassword(dir.as(ada), "guess", "brand new"));
    }

    failsChangingNothing(
        TooManyAttempts.class, () -> passwords.changePassword(dir.as(ada), current, "brand new"));
  }

  @Test
  void a_blank_new_password_is_invalid_and_changes_nothing() {
    for (String blank : new String[] {"", "   ", null}) {
      ValidationFailed failed =
          failsChangingNothing(
              ValidationFailed.class, () -> passwords.changePassword(dir.as(ada), current, blank));
      assertThat(failed.errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.field()).isEqualTo("newPassword");
                assertThat(e.code()).isEqualTo(FieldError.Code.REQUIRED);
              });
    }
    assertThat(authenticates(current)).isTrue();
  }

  @Test
  void a_new_password_over_1024_characters_is_invalid() {
    ValidationFailed failed =
        failsChangingNothing(
            ValidationFailed.class,
            () -> passwords.changePassword(dir.as(ada), current, "x".repeat(1025)));

    assertThat(failed.errors())
        .extracting(FieldError::code)
        .containsExactly(FieldError.Code.TOO_LONG);
  }

  @Test
  void only_a_user_acting_directly_changes_their_password() {
    failsChangingNothing(
        AccessDenied.class,
        () -> passwords.changePassword(dir.as(ada).viaPartnerApp(), current, "brand new"));
    failsChangingNothing(
        AccessDenied.class,
        () -> passwords.changePassword(Principal.system(), current, "brand new"));
    assertThat(authenticates(current)).isTrue();
  }

  @Test
  void the_other_credentials_are_kept() {
    User carl =
        dir.create(
            dir.fullDraft("carl", Role.STANDARD)
                .put(
                    UserFields.CREDENTIALS,
                    List.of(
                        new CredentialDraft("Pin", Secret.plain("1234"), "pin"),
                        new CredentialDraft("Password", Secret.plain("old"), "carl"))));
    Credential pin = dir.stored(carl).access().credentials().get(0);

    passwords.changePassword(dir.as(carl), "old", "new");

    List<Credential> after = dir.stored(carl).access().credentials();
    assertThat(after).hasSize(2);
    assertThat(after.get(0)).isEqualTo(pin);
    assertThat(after.get(1).type()).isEqualTo("Password");
    assertThat(after.get(1).displayValue()).isEqualTo("carl");
    assertThat(dir.ports.passwordHasher().matches("new", after.get(1).secretHash())).isTrue();
  }
}
