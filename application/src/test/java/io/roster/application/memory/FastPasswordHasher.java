package io.roster.application.memory;

import io.roster.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Salted SHA-256: fast, for tests only. It keeps the property that matters to the use cases: the
 * same secret hashes differently each time, and only the secret matches its hash.
 */
public final class FastPasswordHasher implements PasswordHasher {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String hash(String secret) {
    byte[] salt = new byte[8];
    RANDOM.nextBytes(salt);
    String encodedSalt = Base64.getEncoder().encodeToString(salt);
    return "sha256$" + encodedSalt + "$" + digest(encodedSalt, secret);
  }

  @Override
  public boolean matches(String secret, String hash) {
    String[] parts = hash.split("\\$");
    return parts.length == 3
        && MessageDigest.isEqual(
            parts[2].getBytes(StandardCharsets.US_ASCII),
            digest(parts[1], secret).getBytes(StandardCharsets.US_ASCII));
  }

  private static String digest(String salt, String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder()
          .encodeToString(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
