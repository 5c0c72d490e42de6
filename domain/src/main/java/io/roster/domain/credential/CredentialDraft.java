package io.roster.domain.credential;

import java.util.Objects;

/** A credential as a request gives it; see {@link Secret} for what its secret may be. */
public record CredentialDraft(String type, Secret secret, String displayValue) {
  public CredentialDraft {
    secret = Objects.requireNonNullElse(secret, Secret.keep());
  }
}
