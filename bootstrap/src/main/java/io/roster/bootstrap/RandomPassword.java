package io.roster.bootstrap;

import java.security.SecureRandom;

/** A password nobody chose: 20 characters from an alphabet without look-alikes (about 115 bits). */
final class RandomPassword {
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomPassword() {}

  static String make() {
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
