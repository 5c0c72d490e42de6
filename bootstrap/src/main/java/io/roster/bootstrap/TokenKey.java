package io.roster.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs access tokens: the configured one, else one made at random on first start and
 * kept in {@code token.key} in the data directory (readable by its owner only), so tokens survive a
 * restart. Instances sharing a PostgreSQL database must be configured with the same key.
 */
final class TokenKey {
  static final String FILE = "token.key";

  private TokenKey() {}

  static byte[] resolve(String configured, Path dataDirectory) {
    if (configured != null) {
      return configured.getBytes(StandardCharsets.UTF_8);
    }
    Path file = dataDirectory.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dataDirectory);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        write(file, Base64.getEncoder().encodeToString(key));
      }
      return Base64.getDecoder().decode(Files.readString(file).trim());
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigurationError(
          "cannot read or make the token key " + file + ": " + e.getMessage());
    }
  }

  private static void write(Path file, String text) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      return; // another instance made it first: use theirs
    }
    Files.writeString(file, text);
  }
}
