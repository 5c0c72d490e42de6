package io.roster.bootstrap;

import com.password4j.Password;
import io.roster.application.port.out.PasswordHasher;

/** Argon2id through password4j: slow, salted, and checked in constant time by the library. */
final class Password4jHasher implements PasswordHasher {
  @Override
  public String hash(String secret) {
    return Password.hash(secret).addRandomSalt().withArgon2().getResult();
  }

  @Override
  public boolean matches(String secret, String hash) {
    try {
      return Password.check(secret, hash).withArgon2();
    } catch (RuntimeException e) {
      // Not an Argon2 hash at all: it matches nothing.
      return false;
    }
  }
}
