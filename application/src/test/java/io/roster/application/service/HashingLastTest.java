package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.application.fixtures.Directory;
import io.roster.application.memory.FastPasswordHasher;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.out.PasswordHasher;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * New secrets are hashed last: a write that breaks any rule, names anything unknown, or makes a
 * change its caller may not make is refused before a single secret is hashed or checked against a
 * stored hash, so that a request cannot make the server hash in vain. A valid one hashes each new
 * secret once.
 */
class HashingLastTest {
  /** Every call of the hasher, hashing or matching: each costs as much with a real one. */
  private final AtomicInteger calls = new AtomicInteger();

  private final PasswordHasher counting =
      new PasswordHasher() {
        private final FastPasswordHasher hasher = new FastPasswordHasher();

        @Override
        public String hash(String secret) {
          calls.incrementAndGet();
          return hasher.hash(secret);
        }

        @Override
        public boolean matches(String secret, String hash) {
          calls.incrementAndGet();
          return hasher.matches(secret, hash);
        }
      };

  private final Directory dir = new Directory(counting);
  private final User admin = dir.user("admin", Role.ADMINISTRATOR);
  private final User ann = dir.user("ann", Role.STANDARD);

  private static List<CredentialDraft> passwords(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new CredentialDraft("Password", Secret.plain("secret " + i), null))
        .toList();
  }

  private static Draft.Builder<User> credentials(List<CredentialDraft> credentials) {
    return Draft.<User>builder().put(UserFields.CREDENTIALS, credentials);
  }

  private void update(Principal actor, User target, Draft.Builder<User> draft) {
    dir.useCases
        .updateUser()
        .update(
            new UpdateUserCommand(actor, target.id(), null, Precondition.none(), draft.build()));
  }

  /**
   * {@code call} fails with {@code type} without calling the hasher once, and ann, her history and
   * her password stay as they were.
   */
  private <T extends Throwable> T refusedUnhashed(Class<T> type, ThrowingCallable call) {
    User before = dir.stored(ann);
    int audited = dir.history(ann).size();
    calls.set(0);

    Throwable thrown = catchThrowable(call);

    assertThat(thrown).isInstanceOf(type);
    assertThat(calls).as("hasher calls").hasValue(0);
    assertThat(dir.stored(ann)).isEqualTo(before);
    assertThat(dir.history(ann)).hasSize(audited);
    assertThat(authenticates("ann", Directory.passwordOf("ann"))).isTrue();
    return type.cast(thrown);
  }

  private boolean authenticates(String username, String password) {
    try {
      dir.useCases.authenticate().authenticate(username, password, "192.0.2.1");
      return true;
    } catch (AuthenticationFailed e) {
      return false;
    }
  }

  @Test
  void a_thousand_new_passwords_are_refused_as_too_many_credentials_before_any_is_hashed() {
    ValidationFailed failed =
        refusedUnhashed(
            ValidationFailed.class, () -> update(dir.as(admin), ann, credentials(passwords(1000))));

    assertThat(failed.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("credentials");
              assertThat(error.message()).isEqualTo("must have at most 20 items");
            });
  }

  @Test
  void three_new_passwords_are_refused_as_two_too_many_of_one_type_before_any_is_hashed() {
    ValidationFailed failed =
        refusedUnhashed(
            ValidationFailed.class, () -> update(dir.as(admin), ann, credentials(passwords(3))));

    assertThat(failed.errors())
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            tuple("credentials[1].type", "a user has at most one credential of type Password"),
            tuple("credentials[2].type", "a user has at most one credential of type Password"));
  }

  @Test
  void a_new_password_beside_an_invalid_field_is_refused_before_it_is_hashed() {
    ValidationFailed failed =
        refusedUnhashed(
            ValidationFailed.class,
            () ->
                update(
                    dir.as(admin),
                    ann,
                    credentials(passwords(1)).set(UserFields.EMAIL, "not an address")));

    assertThat(failed.errors()).extracting(FieldError::field).containsExactly("email");
  }

  @Test
  void a_new_password_beside_an_unknown_group_is_refused_before_it_is_hashed() {
    ValidationFailed failed =
        refusedUnhashed(
            ValidationFailed.class,
            () ->
                update(
                    dir.as(admin),
                    ann,
                    credentials(passwords(1))
                        .refer(UserFields.OTHER_GROUPS, Reference.byNumber(999))));

    assertThat(failed.errors()).extracting(FieldError::field).containsExactly("otherGroups[0]");
  }

  @Test
  void a_new_password_beside_a_change_the_caller_may_not_make_is_refused_before_it_is_hashed() {
    refusedUnhashed(
        AccessDenied.class,
        () ->
            update(
                dir.as(ann), ann, credentials(passwords(1)).set(UserFields.USERNAME, "ann.other")));
  }

  @Test
  void a_new_user_whose_name_is_taken_is_refused_before_their_password_is_hashed() {
    refusedUnhashed(
        UniquenessViolated.class,
        () ->
            dir.useCases
                .createUser()
                .create(
                    new CreateUserCommand(
                        dir.as(admin), null, dir.fullDraft("ann", Role.STANDARD).build())));
  }

  @Test
  void validating_too_many_credentials_hashes_nothing() {
    List<FieldError> errors = new ArrayList<>();
    refusedUnhashed(
        FieldFailure.class,
        () -> {
          errors.addAll(
              dir.useCases
                  .validateUser()
                  .validate(
                      new UpdateUserCommand(
                          dir.as(admin),
                          ann.id(),
                          null,
                          Precondition.none(),
                          credentials(passwords(1000)).build())));
          throw new ValidationFailed(errors);
        });

    assertThat(errors).extracting(FieldError::field).containsExactly("credentials");
  }

  @Test
  void a_valid_new_password_is_checked_against_the_stored_one_and_hashed_once() {
    calls.set(0);

    update(dir.as(admin), ann, credentials(passwords(1)));

    assertThat(calls).as("hasher calls: one match, one hash").hasValue(2);
    assertThat(authenticates("ann", "secret 0")).isTrue();
  }

  @Test
  void the_stored_password_sent_again_is_matched_not_hashed_and_changes_nothing() {
    User before = dir.stored(ann);
    calls.set(0);

    update(
        dir.as(admin),
        ann,
        credentials(
            List.of(
                new CredentialDraft(
                    "Password", Secret.plain(Directory.passwordOf("ann")), "ann"))));

    assertThat(calls).as("hasher calls: one match").hasValue(1);
    assertThat(dir.stored(ann)).isEqualTo(before);
  }

  @Test
  void as_many_credentials_as_a_user_may_have_are_each_hashed_once() {
    List<CredentialDraft> twenty =
        IntStream.range(0, 20)
            .mapToObj(i -> new CredentialDraft("Type" + i, Secret.plain("secret " + i), null))
            .toList();
    calls.set(0);

    update(dir.as(admin), ann, credentials(twenty));

    assertThat(calls).hasValue(20);
    assertThat(dir.stored(ann).access().credentials()).hasSize(20);
  }
}
