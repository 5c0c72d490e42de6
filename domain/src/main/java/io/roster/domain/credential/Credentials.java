package io.roster.domain.credential;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The rules of a user's list of credentials. */
public final class Credentials {
  private Credentials() {}

  /**
   * Hashes every new plain secret of {@code drafts}. A plain secret that matches the stored hash of
   * the same type keeps that hash, so sending the same password twice changes nothing.
   */
  public static List<CredentialDraft> seal(
      List<CredentialDraft> drafts, List<Credential> stored, SecretHasher hasher) {
    List<CredentialDraft> sealed = new ArrayList<>(drafts.size());
    for (CredentialDraft draft : drafts) {
      if (draft.secret() instanceof Secret.Plain plain) {
        String secret = plain.reveal();
        String hash =
            storedOfType(stored, draft.type())
                .map(Credential::secretHash)
                .filter(h -> h != null && hasher.matches(secret, h))
                .orElseGet(() -> hasher.hash(secret));
        sealed.add(new CredentialDraft(draft.type(), Secret.hashed(hash), draft.displayValue()));
      } else {
        sealed.add(draft);
      }
    }
    return List.copyOf(sealed);
  }

  /**
   * The credentials after a full update: those given, in order; a draft without a value keeps the
   * stored secret of its type; a stored type left out is removed.
   */
  public static List<Credential> merge(List<Credential> stored, List<CredentialDraft> drafts) {
    Checks checks = Checks.start();
    List<Credential> merged = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      CredentialDraft draft = drafts.get(i);
      String path = "credentials[" + i + "]";
      String hash;
      if (draft.secret() instanceof Secret.Hashed hashed) {
        hash = hashed.hash();
      } else if (draft.secret() instanceof Secret.Plain) {
        throw new IllegalStateException("a plain secret must be sealed before it is merged");
      } else {
        hash = storedOfType(stored, draft.type()).map(Credential::secretHash).orElse(null);
      }
      Credential credential =
          checks.attempt(
              () -> {
                try {
                  return new Credential(draft.type(), hash, draft.displayValue());
                } catch (ValidationFailed e) {
                  throw new ValidationFailed(e.errors().stream().map(f -> f.under(path)).toList());
                }
              });
      if (credential != null) {
        merged.add(credential);
      }
    }
    checks.orThrow();
    return List.copyOf(merged);
  }

  /** Field errors for a list whose types are not unique (ignoring case). */
  public static List<FieldError> duplicateTypes(List<Credential> credentials) {
    Set<String> seen = new HashSet<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < credentials.size(); i++) {
      String type = credentials.get(i).type().toLowerCase(Locale.ROOT);
      if (!seen.add(type)) {
        errors.add(
            new FieldError(
                "credentials[" + i + "].type",
                FieldError.Code.NOT_ALLOWED,
                "a user has at most one credential of type " + credentials.get(i).type()));
      }
    }
    return errors;
  }

  private static Optional<Credential> storedOfType(List<Credential> stored, String type) {
    if (type == null) {
      return Optional.empty();
    }
    return stored.stream().filter(c -> c.isOfType(type)).findFirst();
  }
}
