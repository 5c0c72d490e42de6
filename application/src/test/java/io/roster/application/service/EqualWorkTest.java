package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.memory.FastPasswordHasher;
import io.roster.application.memory.InMemoryPorts;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.out.PasswordHasher;
import io.roster.application.service.security.LoginThrottle;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.UserFields;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An unknown user name, a user without a password and a wrong password each cost one password
 * check, as a right password does, also from a client address whose wrong passwords are refused:
 * how long an answer takes tells nothing about which it was.
 */
class EqualWorkTest {
  private final AtomicInteger checks = new AtomicInteger();
  private final PasswordHasher counting =
      new PasswordHasher() {
        private final FastPasswordHasher hasher = new FastPasswordHasher();

        @Override
        public String hash(String secret) {
          return hasher.hash(secret);
        }

        @Override
        public boolean matches(String secret, String hash) {
          checks.incrementAndGet();
          return hasher.matches(secret, hash);
        }
      };
  private final UseCases useCases = UseCases.over(portsWith(counting));

  private static Ports portsWith(PasswordHasher hasher) {
    Ports memory = InMemoryPorts.create(Clock.fixed(Mother.T0, ZoneOffset.UTC));
    return new Ports(
        memory.unitOfWork(),
        memory.users(),
        memory.salesOrganizations(),
        memory.referenceData(),
        memory.auditLog(),
        hasher,
        memory.clock(),
        memory.sessions(),
        memory.loginFailures());
  }

  @Test
  void every_failed_login_checks_one_password_like_a_successful_one() {
    createAdaAndNoPassword();

    assertThat(checksFor("ada", "right", true)).isEqualTo(1);
    assertThat(checksFor("ada", "wrong", false)).isEqualTo(1);
    assertThat(checksFor("nobody", "right", false)).isEqualTo(1);
    assertThat(checksFor("nopassword", "right", false)).isEqualTo(1);
  }

  @Test
  void from_a_throttled_address_too_every_attempt_checks_one_password() {
    createAdaAndNoPassword();
    for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
      String username = "guess" + i;
      assertThatThrownBy(() -> useCases.authenticate().authenticate(username, "x", "office"))
          .isInstanceOf(AuthenticationFailed.class);
    }

    assertThat(throttledChecksFor("ada", "wrong")).isEqualTo(1);
    assertThat(throttledChecksFor("nobody", "right")).isEqualTo(1);
    assertThat(throttledChecksFor("nopassword", "right")).isEqualTo(1);
    int before = checks.get();
    assertThat(useCases.authenticate().authenticate("ada", "right", "office").name())
        .isEqualTo("ada");
    assertThat(checks.get() - before).isEqualTo(1);
  }

  private int throttledChecksFor(String username, String password) {
    int before = checks.get();
    assertThatThrownBy(() -> useCases.authenticate().authenticate(username, password, "office"))
        .isInstanceOf(TooManyAttempts.class);
    return checks.get() - before;
  }

  private void createAdaAndNoPassword() {
    SalesOrganizationId organization = SalesOrganizationId.random();
    useCases
        .createSalesOrganization()
        .create(
            new CreateSalesOrganizationCommand(
                Principal.system(), organization, Mother.organizationDraft("OSL", "Oslo").build()));
    create(
        "ada", organization, List.of(new CredentialDraft("Password", Secret.plain("right"), null)));
    create("nopassword", organization, List.of());
  }

  private void create(
      String username, SalesOrganizationId organization, List<CredentialDraft> credentials) {
    useCases
        .createUser()
        .create(
            new CreateUserCommand(
                Principal.system(),
                null,
                Mother.minimalDraft(username, organization)
                    .put(UserFields.CREDENTIALS, credentials)
                    .build()));
  }

  private int checksFor(String username, String password, boolean succeeds) {
    int before = checks.get();
    if (succeeds) {
      assertThat(
              useCases
                  .authenticate()
                  .authenticate(username, password, "address of " + username)
                  .name())
          .isEqualTo(username);
    } else {
      assertThatThrownBy(() -> useCases.authenticate().authenticate(username, password, "address"))
          .isInstanceOf(AuthenticationFailed.class);
    }
    return checks.get() - before;
  }
}
