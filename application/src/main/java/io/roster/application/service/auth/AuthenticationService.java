package io.roster.application.service.auth;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.AuthenticationFailed;
import io.roster.application.port.in.auth.TooManyAttempts;
import io.roster.application.port.out.Account;
import io.roster.application.port.out.PasswordHasher;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.port.out.UserRepository;
import io.roster.application.service.Conflicts;
import io.roster.application.service.security.AccessPolicy;
import io.roster.application.service.security.LoginThrottle;
import io.roster.domain.credential.Credential;
import io.roster.domain.credential.Secret;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

public final class AuthenticationService implements AuthenticateUseCase {
  /** The credential type whose secret is the password. */
  public static final String PASSWORD = "Password";

  /**
   * Longer passwords are refused before hashing: hashing megabytes would be a denial of service.
   */
  public static final int MAX_PASSWORD_LENGTH = Secret.MAX_LENGTH;

  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final AccessPolicy policy;
  private final LoginThrottle names;
  private final LoginThrottle addresses;
  private final InstantSource clock;
  private volatile String decoy;

  public AuthenticationService(
      UnitOfWork unitOfWork,
      UserRepository users,
      PasswordHasher hasher,
      AccessPolicy policy,
      LoginThrottle names,
      LoginThrottle addresses,
      InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.hasher = hasher;
    this.policy = policy;
    this.names = names;
    this.addresses = addresses;
    this.clock = clock;
  }

  @Override
  public Principal authenticate(String username, String password, String clientAddress) {
    return principalOf(check(username, password, clientAddress));
  }

  @Override
  public Principal logIn(String username, String password, String clientAddress) {
    User user = check(username, password, clientAddress);
    record(user.id(), User::loggedIn);
    return principalOf(user);
  }

  /** One light read per request: the account, not the whole user. */
  @Override
  public Principal resume(UserId id) {
    return users
        .account(id)
        .filter(Account::canLogOn)
        .map(account -> Principal.user(account.username(), id, policy.roleOf(account.role())))
        .orElseThrow(AuthenticationFailed::new);
  }

  @Override
  public void logOut(Principal principal) {
    if (principal.userId() != null) {
      record(principal.userId(), User::loggedOut);
    }
  }

  /**
   * The user these credentials name. The password is hashed whether or not the user exists, so that
   * an unknown user name takes as long as a wrong password.
   *
   * <p>Two throttles, for two purposes. A user name that failed too often is refused at once, right
   * password or not: that account is being guessed at. A client address that failed too often
   * (which behind a proxy or a NAT is a whole company) refuses only wrong passwords, and only once
   * they have been checked: a right one still logs on, whatever others at that address did. The
   * check is the same for every user name, known or not, so the answers and the work behind them
   * stay the same too.
   */
  private User check(String username, String password, String clientAddress) {
    String nameKey = "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    String addressKey = "address:" + clientAddress;
    Optional<Duration> nameLocked = names.waitFor(nameKey);
    if (nameLocked.isPresent()) {
      throw new TooManyAttempts(nameLocked.get());
    }
    Optional<User> user =
        username == null || username.isBlank() ? Optional.empty() : users.findByUsername(username);
    Optional<String> hash =
        user.flatMap(
            u ->
                u.access().credentials().stream()
                    .filter(c -> c.isOfType(PASSWORD) && c.hasSecret())
                    .map(Credential::secretHash)
                    .findFirst());
    boolean matches =
        password != null
            && password.length() <= MAX_PASSWORD_LENGTH
            && hasher.matches(password, hash.orElseGet(this::decoy))
            && hash.isPresent();
    if (matches && user.get().canLogOn()) {
      names.succeeded(nameKey);
      return user.get();
    }
    boolean addressLocked = addresses.waitFor(addressKey).isPresent();
    names.failed(nameKey);
    addresses.failed(addressKey);
    if (addressLocked) {
      // Retry-After: the longer of the two locks, the address's and (from this failure) the name's.
      Duration address = addresses.waitFor(addressKey).orElse(LoginThrottle.FIRST_LOCK);
      Duration name = names.waitFor(nameKey).orElse(Duration.ZERO);
      throw new TooManyAttempts(address.compareTo(name) >= 0 ? address : name);
    }
    throw new AuthenticationFailed();
  }

  /** A hash of nothing anyone knows, checked in place of a missing user's. */
  private String decoy() {
    String result = decoy;
    if (result == null) {
      result = hasher.hash(UUID.randomUUID().toString());
      decoy = result;
    }
    return result;
  }

  private Principal principalOf(User user) {
    return Principal.user(user.login().username(), user.id(), policy.roleOf(user));
  }

  /** Saves a log-on or log-off time; a concurrent change of the user is retried. */
  private void record(UserId id, BiFunction<User, Instant, User> step) {
    Conflicts.retrying(
        Precondition.none(),
        () ->
            unitOfWork.inTransaction(
                () -> {
                  users
                      .find(id)
                      .ifPresent(
                          stored -> users.update(stored, step.apply(stored, clock.instant())));
                  return null;
                }));
  }
}
