package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.UseCases;
import io.roster.application.fixtures.Directory;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.service.security.LoginThrottle;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private static final String WRONG = "not the password";

  private final Directory dir = new Directory();
  private final AuthenticateUseCase auth = dir.useCases.authenticate();
  private final User ada = dir.user("ada", Role.HR);
  private final User bob = dir.user("bob", Role.STANDARD);
  private final String adaPassword = Directory.passwordOf("ada");
  private int addresses;
  private int guesses;

  /** A client address no attempt has come from yet. */
  private String freshAddress() {
    return "192.0.2." + ++addresses;
  }

  private Throwable failure(String username, String password) {
    return catchThrowable(() -> auth.authenticate(username, password, freshAddress()));
  }

  private void update(User target, Draft.Builder<User> draft) {
    dir.useCases
        .updateUser()
        .update(
            new UpdateUserCommand(
                Principal.system(), target.id(), null, Precondition.none(), draft.build()));
  }

  @Test
  void the_right_password_gives_the_user_with_their_role() {
    Principal principal = auth.authenticate("ada", adaPassword, freshAddress());

    assertThat(principal).isEqualTo(Principal.user("ada", ada.id(), Role.HR));
    assertThat(principal.partnerApp()).isFalse();
    assertThat(auth.authenticate("bob", Directory.passwordOf("bob"), freshAddress()).role())
        .isEqualTo(Role.STANDARD);
  }

  @Test
  void the_user_name_ignores_case() {
    assertThat(auth.authenticate("ADA", adaPassword, freshAddress()).userId()).isEqualTo(ada.id());
  }

  @Test
  void a_wrong_password_and_an_unknown_user_fail_alike() {
    Throwable wrongPassword = failure("ada", WRONG);
    Throwable unknownUser = failure("nobody", adaPassword);
    Throwable otherUsersPassword = failure("ada", Directory.passwordOf("bob"));

    assertThat(wrongPassword).isInstanceOf(AuthenticationFailed.class);
    assertThat(unknownUser).isInstanceOf(AuthenticationFailed.class);
    assertThat(otherUsersPassword).isInstanceOf(AuthenticationFailed.class);
    assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage()).isNotBlank();
    assertThat(otherUsersPassword.getMessage()).isEqualTo(wrongPassword.getMessage());
  }

  @Test
  void missing_names_and_passwords_fail() {
    assertThat(failure(null, adaPassword)).isInstanceOf(AuthenticationFailed.class);
    assertThat(failure(" ", adaPassword)).isInstanceOf(AuthenticationFailed.class);
    assertThat(failure("ada", null)).isInstanceOf(AuthenticationFailed.class);
    assertThat(failure("ada", "")).isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void a_user_without_a_password_cannot_authenticate() {
    User nopass =
        dir.create(dir.fullDraft("nopass", Role.STANDARD).put(UserFields.CREDENTIALS, List.of()));

    assertThat(dir.stored(nopass).access().credentials()).isEmpty();
    assertThat(failure("nopass", "")).isInstanceOf(AuthenticationFailed.class);
    assertThat(failure("nopass", "anything")).isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void a_credential_of_another_type_is_not_a_password() {
    User pin =
        dir.create(
            dir.fullDraft("pin", Role.STANDARD)
                .put(
                    UserFields.CREDENTIALS,
                    List.of(new CredentialDraft("Pin", Secret.plain("1234"), null))));

    assertThat(dir.stored(pin).access().credentials()).hasSize(1);
    assertThat(failure("pin", "1234")).isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void archived_disabled_and_unapproved_users_fail_like_a_wrong_password() {
    String wrongPassword = failure("ada", WRONG).getMessage();
    User archived = dir.user("archived", Role.STANDARD);
    dir.useCases
        .archiveUser()
        .archive(new ArchiveUserCommand(Principal.system(), archived.id(), Precondition.none()));
    dir.create(dir.fullDraft("disabled", Role.ADMINISTRATOR).set(UserFields.DISABLED, true));
    dir.create(dir.fullDraft("waiting", Role.STANDARD).set(UserFields.WAITING_FOR_APPROVAL, true));

    for (String username : List.of("archived", "disabled", "waiting")) {
      assertThat(failure(username, Directory.passwordOf(username)))
          .as(username)
          .isInstanceOf(AuthenticationFailed.class)
          .hasMessage(wrongPassword);
    }
  }

  @Test
  void after_five_failures_for_a_user_name_even_the_right_password_waits_until_the_lock_ends() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(failure("ada", WRONG)).isInstanceOf(AuthenticationFailed.class);
    }

    Throwable locked = failure("ada", adaPassword);

    assertThat(locked)
        .isInstanceOfSatisfying(
            TooManyAttempts.class,
            e ->
                assertThat(e.retryAfter())
                    .isPositive()
                    .isLessThanOrEqualTo(Duration.ofSeconds(30)));
    assertThat(failure("ADA", adaPassword)).isInstanceOf(TooManyAttempts.class);
    assertThat(auth.authenticate("bob", Directory.passwordOf("bob"), freshAddress()).userId())
        .isEqualTo(bob.id());

    dir.clock.advance(((TooManyAttempts) locked).retryAfter().plusSeconds(1));

    assertThat(auth.authenticate("ada", adaPassword, freshAddress()).userId()).isEqualTo(ada.id());
  }

  @Test
  void failures_for_an_unknown_user_name_are_throttled_too() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      failure("nobody", WRONG);
    }

    assertThat(failure("nobody", WRONG)).isInstanceOf(TooManyAttempts.class);
  }

  /** {@code times} wrong passwords from {@code address}, each for a user name of its own. */
  private void guessFrom(String address, int times) {
    for (int i = 0; i < times; i++) {
      String username = "guess" + ++guesses;
      assertThat(catchThrowable(() -> auth.authenticate(username, WRONG, address)))
          .isInstanceOf(AuthenticationFailed.class);
    }
  }

  /** Wrong passwords from {@code address} until it is throttled as long as can be. */
  private void throttleLongest(String address) {
    guessFrom(address, LoginThrottle.FAILURES_PER_ADDRESS);
    for (int i = 0; i < 10; i++) {
      String username = "guess" + ++guesses;
      assertThat(catchThrowable(() -> auth.authenticate(username, WRONG, address)))
          .isInstanceOf(TooManyAttempts.class);
    }
  }

  @Test
  void failures_from_one_address_refuse_its_wrong_passwords_but_never_a_right_one() {
    String office = "127.0.0.1";
    guessFrom(office, LoginThrottle.FAILURES_PER_ADDRESS);

    assertThat(catchThrowable(() -> auth.authenticate("bob", WRONG, office)))
        .isInstanceOfSatisfying(
            TooManyAttempts.class,
            e ->
                assertThat(e.retryAfter())
                    .isPositive()
                    .isLessThanOrEqualTo(LoginThrottle.LONGEST_LOCK));
    assertThat(auth.authenticate("ada", adaPassword, office).userId()).isEqualTo(ada.id());
    assertThat(auth.logIn("bob", Directory.passwordOf("bob"), office).userId()).isEqualTo(bob.id());
    assertThat(catchThrowable(() -> auth.authenticate("nobody", WRONG, office)))
        .isInstanceOf(TooManyAttempts.class);
    // Only that address: elsewhere a wrong password is the usual 401.
    assertThat(failure("bob", WRONG)).isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void a_right_password_from_a_throttled_address_logs_on_however_many_guesses_came_from_it() {
    String office = "127.0.0.1";
    guessFrom(office, LoginThrottle.FAILURES_PER_ADDRESS);
    for (int i = 0; i < 50; i++) {
      String username = "guess" + ++guesses;
      assertThat(catchThrowable(() -> auth.authenticate(username, WRONG, office)))
          .isInstanceOf(TooManyAttempts.class);
    }

    assertThat(auth.authenticate("ada", adaPassword, office).userId()).isEqualTo(ada.id());
    assertThat(auth.authenticate("bob", Directory.passwordOf("bob"), office).userId())
        .isEqualTo(bob.id());
  }

  @Test
  void an_attacked_user_name_is_locked_also_from_a_throttled_address_until_its_delay_is_over() {
    String office = "127.0.0.1";
    guessFrom(office, LoginThrottle.FAILURES_PER_ADDRESS);
    // The attacker goes on guessing ada's password from the throttled address: each guess is
    // checked, refused, and counted against her user name too.
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(catchThrowable(() -> auth.authenticate("ada", WRONG, office)))
          .isInstanceOf(TooManyAttempts.class);
    }

    Throwable locked = catchThrowable(() -> auth.authenticate("ada", adaPassword, office));
    assertThat(locked).isInstanceOf(TooManyAttempts.class);
    assertThat(failure("ada", adaPassword)).isInstanceOf(TooManyAttempts.class);
    assertThat(auth.authenticate("bob", Directory.passwordOf("bob"), office).userId())
        .isEqualTo(bob.id());

    dir.clock.advance(((TooManyAttempts) locked).retryAfter().plusSeconds(1));

    assertThat(catchThrowable(() -> auth.authenticate("bob", WRONG, office)))
        .as("the address is still throttled")
        .isInstanceOf(TooManyAttempts.class);
    assertThat(auth.logIn("ada", adaPassword, office).userId()).isEqualTo(ada.id());
  }

  @Test
  void from_a_throttled_address_an_unknown_user_a_wrong_password_and_a_disabled_user_fail_alike() {
    dir.create(dir.fullDraft("disabled", Role.STANDARD).set(UserFields.DISABLED, true));
    String office = "127.0.0.1";
    throttleLongest(office);

    List<Throwable> answers =
        List.of(
            catchThrowable(() -> auth.authenticate("ada", WRONG, office)),
            catchThrowable(() -> auth.authenticate("nobody", adaPassword, office)),
            catchThrowable(
                () -> auth.authenticate("disabled", Directory.passwordOf("disabled"), office)),
            catchThrowable(() -> auth.authenticate(null, adaPassword, office)));

    assertThat(answers)
        .allSatisfy(
            answer ->
                assertThat(answer)
                    .isInstanceOfSatisfying(
                        TooManyAttempts.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(LoginThrottle.LONGEST_LOCK))
                    .hasMessage(answers.get(0).getMessage()));
  }

  @Test
  void the_failures_an_address_may_have_are_set_when_the_use_cases_are_made() {
    AuthenticateUseCase strict = UseCases.over(dir.ports, 3).authenticate();
    String office = "127.0.0.1";
    for (int i = 0; i < 3; i++) {
      String username = "guess" + i;
      assertThat(catchThrowable(() -> strict.authenticate(username, WRONG, office)))
          .isInstanceOf(AuthenticationFailed.class);
    }

    assertThat(catchThrowable(() -> strict.authenticate("bob", WRONG, office)))
        .isInstanceOf(TooManyAttempts.class);
    assertThat(strict.authenticate("ada", adaPassword, office).userId()).isEqualTo(ada.id());
    // The default allows far more.
    guessFrom(office, 3);
    assertThat(catchThrowable(() -> auth.authenticate("bob", WRONG, office)))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void address_failures_older_than_the_window_are_forgotten() {
    String office = "127.0.0.1";
    guessFrom(office, LoginThrottle.FAILURES_PER_ADDRESS - 1);
    dir.clock.advance(LoginThrottle.WINDOW);

    guessFrom(office, LoginThrottle.FAILURES_PER_ADDRESS - 1);
    assertThat(catchThrowable(() -> auth.authenticate("bob", WRONG, office)))
        .isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void a_success_forgets_the_earlier_failures_of_the_user_name() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
      failure("ada", WRONG);
    }
    auth.authenticate("ada", adaPassword, freshAddress());
    for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
      failure("ada", WRONG);
    }

    assertThat(auth.authenticate("ada", adaPassword, freshAddress()).userId()).isEqualTo(ada.id());
  }

  @Test
  void log_in_records_the_last_login_without_changing_the_version() {
    User before = dir.stored(ada);
    int audited = dir.history(ada).size();
    dir.clock.advance(Duration.ofHours(1));
    Instant now = dir.clock.instant();

    Principal principal = auth.logIn("ada", adaPassword, freshAddress());

    User after = dir.stored(ada);
    assertThat(principal.userId()).isEqualTo(ada.id());
    assertThat(after.lifecycle().lastLogin()).isEqualTo(now);
    assertThat(after.lifecycle().version()).isEqualTo(before.lifecycle().version());
    assertThat(after.lifecycle().modifiedAt()).isEqualTo(before.lifecycle().modifiedAt());
    assertThat(dir.history(ada)).hasSize(audited);
  }

  @Test
  void authenticating_alone_records_no_login() {
    auth.authenticate("ada", adaPassword, freshAddress());

    assertThat(dir.stored(ada).lifecycle().lastLogin()).isNull();
  }

  @Test
  void a_failed_log_in_records_nothing() {
    User before = dir.stored(ada);

    assertThat(catchThrowable(() -> auth.logIn("ada", WRONG, freshAddress())))
        .isInstanceOf(AuthenticationFailed.class);

    assertThat(dir.stored(ada)).isEqualTo(before);
  }

  @Test
  void log_out_records_the_last_logout_without_changing_the_version() {
    Principal principal = auth.logIn("ada", adaPassword, freshAddress());
    Instant loggedIn = dir.clock.instant();
    dir.clock.advance(Duration.ofMinutes(20));

    auth.logOut(principal);

    User after = dir.stored(ada);
    assertThat(after.lifecycle().lastLogout()).isEqualTo(dir.clock.instant());
    assertThat(after.lifecycle().lastLogin()).isEqualTo(loggedIn);
    assertThat(after.lifecycle().version()).isEqualTo(ada.lifecycle().version());
  }

  @Test
  void resume_gives_the_user_as_they_are_now() {
    Principal before = auth.resume(ada.id());
    update(ada, Draft.<User>builder().refer(UserFields.ROLE, Reference.byCode("user-manager")));

    Principal after = auth.resume(ada.id());

    assertThat(before.role()).isEqualTo(Role.HR);
    assertThat(after).isEqualTo(Principal.user("ada", ada.id(), Role.USER_MANAGER));
  }

  @Test
  void resume_fails_for_an_archived_a_disabled_or_an_unknown_user() {
    dir.useCases
        .archiveUser()
        .archive(new ArchiveUserCommand(Principal.system(), ada.id(), Precondition.none()));
    update(bob, Draft.<User>builder().set(UserFields.DISABLED, true));

    assertThatThrownBy(() -> auth.resume(ada.id())).isInstanceOf(AuthenticationFailed.class);
    assertThatThrownBy(() -> auth.resume(bob.id())).isInstanceOf(AuthenticationFailed.class);
    assertThatThrownBy(() -> auth.resume(UserId.random())).isInstanceOf(AuthenticationFailed.class);
  }

  @Test
  void a_password_over_1024_characters_fails_even_when_it_is_right() {
    String longest = "p".repeat(1024);
    String tooLong = "q".repeat(1025);
    dir.create(
        dir.fullDraft("longest", Role.STANDARD)
            .put(
                UserFields.CREDENTIALS,
                List.of(new CredentialDraft("Password", Secret.plain(longest), null))));
    // such a secret is not taken as a new one any more; it may be stored from before
    dir.create(
        dir.fullDraft("toolong", Role.STANDARD)
            .put(
                UserFields.CREDENTIALS,
                List.of(
                    new CredentialDraft(
                        "Password",
                        Secret.hashed(dir.ports.passwordHasher().hash(tooLong)),
                        null))));

    assertThat(auth.authenticate("longest", longest, freshAddress()).name()).isEqualTo("longest");
    assertThat(failure("toolong", tooLong)).isInstanceOf(AuthenticationFailed.class);
  }
}
