package io.roster.application.port.out;

import io.roster.domain.credential.SecretHasher;

/**
 * Hashes credential secrets with a slow, salted algorithm and verifies them in constant time. An
 * implementation never logs or keeps a secret.
 */
public interface PasswordHasher extends SecretHasher {}
