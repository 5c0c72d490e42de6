package io.roster.application.service.user;

import io.roster.application.port.out.PasswordHasher;
import io.roster.application.service.Resolved;
import io.roster.domain.credential.Credential;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Credentials;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Revision;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hashes a draft's new secrets last. Hashing is slow by design, so a draft with new secrets is
 * first applied with each one stood in for ({@link Credentials#standIn}: the stored hash of its
 * type, as if it were sent again, or a hash no secret matches): every rule of the domain, every
 * reference and the caller's rights are checked without hashing anything. Only a draft that passes
 * them all is sealed (each new secret checked against the stored hash of its type, else hashed) and
 * applied again, and that revision is the one kept.
 */
final class SecretSealing {
  private final PasswordHasher hasher;

  SecretSealing(PasswordHasher hasher) {
    this.hasher = hasher;
  }

  /**
   * The revision {@code step} makes of {@code resolved}'s draft, its new secrets hashed once the
   * draft passed every check.
   *
   * @param stored the user the draft applies to; {@code null} for a new one
   * @param step applies a draft: a pure domain call, which may run twice
   * @param allowed throws when the caller may not make a revision's changes; it sees a revision
   *     before anything is hashed (each new secret taken as the stored one) and the one kept
   */
  Revision<User> apply(
      Resolved<User> resolved,
      User stored,
      Function<Draft<User>, Revision<User>> step,
      Consumer<Revision<User>> allowed) {
    Draft<User> draft = resolved.draft();
    if (!(draft.given(UserFields.CREDENTIALS) instanceof List<?> given)
        || !Credentials.hasNewSecret(drafts(given))) {
      Revision<User> revision = resolved.apply(step);
      allowed.accept(revision);
      return revision;
    }
    List<CredentialDraft> credentials = drafts(given);
    List<Credential> before = stored == null ? List.of() : stored.access().credentials();
    Revision<User> checked =
        resolved.apply(
            d ->
                step.apply(
                    d.replacing(UserFields.CREDENTIALS, Credentials.standIn(credentials, before))));
    allowed.accept(checked);
    Revision<User> sealed =
        step.apply(
            draft.replacing(UserFields.CREDENTIALS, Credentials.seal(credentials, before, hasher)));
    allowed.accept(sealed);
    return sealed;
  }

  @SuppressWarnings("unchecked")
  private static List<CredentialDraft> drafts(List<?> given) {
    return (List<CredentialDraft>) given;
  }
}
