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

/**
 * The rules of a user's list of credentials. A list given is checked ({@link #check}) before any of
 * its secrets is hashed ({@link #seal}), and hashing comes last: a draft can be applied with its
 * new secrets {@linkplain #standIn stood in for} to check every other rule first.
 */
public final class Credentials {
  /**
   * The most credentials a user may have: one per type, and a new secret of each is hashed (slowly)
   * when it is given, so a list is bounded well before its hashing costs much.
   */
  public static final int MAX_COUNT = 20;

  /** What a new secret is stood in for when its type has no stored hash: no secret matches it. */
  public static final Secret UNSEALED = Secret.hashed("(a new secret, not hashed yet)");

  private static final String FIELD = "credentials";

  private Credentials() {}

  /**
   * The field errors of a list of credentials as a request gives it, without hashing anything: more
   * than {@link #MAX_COUNT} is one error (the items are not read); else each item's type (required,
   * at most {@value Credential#MAX_TYPE_LENGTH} characters, one credential per type ignoring case),
   * display value and new secret (at most {@value Secret#MAX_LENGTH} characters), under its
   * position ({@code credentials[2].type}).
   */
  public static List<FieldError> check(List<CredentialDraft> drafts) {
    if (drafts.size() > MAX_COUNT) {
      return List.of(FieldError.tooMany(FIELD, MAX_COUNT));
    }
    Checks checks = Checks.start();
    Set<String> types = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      CredentialDraft draft = drafts.get(i);
      String path = FIELD + "[" + i + "]";
      checks.attempt(() -> checked(draft, path));
      if (draft.secret() instanceof Secret.Plain plain
          && plain.reveal().length() > Secret.MAX_LENGTH) {
        checks.add(FieldError.tooLong(path + ".value", Secret.MAX_LENGTH));
      }
      if (draft.type() != null
          && !draft.type().isBlank()
          && !types.add(draft.type().toLowerCase(Locale.ROOT))) {
        checks.add(duplicate(path, draft.type()));
      }
    }
    return checks.errors();
  }

  /**
   * {@code drafts} with each new plain secret stood in for, so that the draft can be applied to
   * check every rule before anything is hashed: by the stored hash of its type (as if the stored
   * secret were sent again), else by {@link #UNSEALED}. A draft so stood in for is never stored.
   */
  public static List<CredentialDraft> standIn(
      List<CredentialDraft> drafts, List<Credential> stored) {
    List<CredentialDraft> standIn = new ArrayList<>(drafts.size());
    for (CredentialDraft draft : drafts) {
      if (draft.secret() instanceof Secret.Plain) {
        Secret secret =
            storedOfType(stored, draft.type())
                .map(Credential::secretHash)
                .map(Secret::hashed)
                .orElse(UNSEALED);
        standIn.add(new CredentialDraft(draft.type(), secret, draft.displayValue()));
      } else {
        standIn.add(draft);
      }
    }
    return List.copyOf(standIn);
  }

  /** Whether {@code drafts} give a new plain secret, which {@link #seal} would hash. */
  public static boolean hasNewSecret(List<CredentialDraft> drafts) {
    return drafts.stream().anyMatch(draft -> draft.secret() instanceof Secret.Plain);
  }

  /**
   * Hashes every new plain secret of {@code drafts}. A plain secret that matches the stored hash of
   * the same type keeps that hash, so sending the same password twice changes nothing.
   *
   * @throws ValidationFailed before anything is hashed, when {@code drafts} break a rule ({@link
   *     #check})
   */
  public static List<CredentialDraft> seal(
      List<CredentialDraft> drafts, List<Credential> stored, SecretHasher hasher) {
    Checks.start().addAll(check(drafts)).orThrow();
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
   *
   * @throws ValidationFailed when {@code drafts} break a rule ({@link #check})
   */
  public static List<Credential> merge(List<Credential> stored, List<CredentialDraft> drafts) {
    Checks.start().addAll(check(drafts)).orThrow();
    List<Credential> merged = new ArrayList<>(drafts.size());
    for (CredentialDraft draft : drafts) {
      String hash;
      if (draft.secret() instanceof Secret.Hashed hashed) {
        hash = hashed.hash();
      } else if (draft.secret() instanceof Secret.Plain) {
        throw new IllegalStateException("a plain secret must be sealed before it is merged");
      } else {
        hash = storedOfType(stored, draft.type()).map(Credential::secretHash).orElse(null);
      }
      merged.add(new Credential(draft.type(), hash, draft.displayValue()));
    }
    return List.copyOf(merged);
  }

  /** Field errors for a list whose types are not unique (ignoring case). */
  public static List<FieldError> duplicateTypes(List<Credential> credentials) {
    Set<String> seen = new HashSet<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < credentials.size(); i++) {
      String type = credentials.get(i).type().toLowerCase(Locale.ROOT);
      if (!seen.add(type)) {
        errors.add(duplicate(FIELD + "[" + i + "]", credentials.get(i).type()));
      }
    }
    return errors;
  }

  /** The item's own rules (those of {@link Credential}), its errors under {@code path}. */
  private static Credential checked(CredentialDraft draft, String path) {
    try {
      return new Credential(draft.type(), null, draft.displayValue());
    } catch (ValidationFailed e) {
      throw new ValidationFailed(e.errors().stream().map(f -> f.under(path)).toList());
    }
  }

  private static FieldError duplicate(String path, String type) {
    return new FieldError(
        path + ".type",
        FieldError.Code.NOT_ALLOWED,
        "a user has at most one credential of type " + type);
  }

  private static Optional<Credential> storedOfType(List<Credential> stored, String type) {
    if (type == null) {
      return Optional.empty();
    }
    return stored.stream().filter(c -> c.isOfType(type)).findFirst();
  }
}
