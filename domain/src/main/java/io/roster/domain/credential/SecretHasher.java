package io.roster.domain.credential;

/** Turns a secret into a slow salted hash, and checks a secret against one. */
public interface SecretHasher {
  String hash(String secret);

  boolean matches(String secret, String hash);
}
