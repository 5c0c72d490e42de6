package io.roster.domain.credential;

import static io.roster.domain.testkit.ExampleUsers.created;
import static io.roster.domain.testkit.ExampleUsers.person;
import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Revision;
import io.roster.domain.testkit.MapUserDirectory;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private static final Instant LATER = EPOCH.plusSeconds(3600);
  private static final String PASSWORD_HASH = "$2a$10$N9qo8uLOickgx2ZMRZoMye";
  private static final String TICKET_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoO";

  private final CountingHasher hasher = new CountingHasher();
  private final List<Credential> stored =
      List.of(
          new Credential("Password", PASSWORD_HASH, "ann"),
          new Credential("Ticket", TICKET_HASH, null));

  @Test
  void a_credential_sent_without_a_secret_keeps_the_stored_hash_of_its_type_ignoring_case() {
    List<Credential> merged =
        Credentials.merge(stored, List.of(new CredentialDraft("PASSWORD", Secret.keep(), "ann")));

    assertThat(merged).extracting(Credential::secretHash).containsExactly(PASSWORD_HASH);
  }

  @Test
  void a_stored_type_left_out_of_the_draft_is_removed() {
    List<Credential> merged =
        Credentials.merge(stored, List.of(new CredentialDraft("Ticket", Secret.keep(), null)));

    assertThat(merged).containsExactly(new Credential("Ticket", TICKET_HASH, null));
  }

  @Test
  void a_new_type_sent_without_a_secret_has_none() {
    List<Credential> merged =
        Credentials.merge(
            stored, List.of(new CredentialDraft("ActiveDirectory", null, "CORP\\ann")));

    assertThat(merged).singleElement().satisfies(c -> assertThat(c.hasSecret()).isFalse());
  }

  @Test
  void a_credential_without_a_type_is_reported_under_its_position() {
    ValidationFailed failure =
        catchThrowableOfType(
            ValidationFailed.class,
            () ->
                Credentials.merge(
                    stored,
                    List.of(
                        new CredentialDraft("Password", Secret.keep(), null),
                        new CredentialDraft(" ", Secret.keep(), null))));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("credentials[1].type", Code.REQUIRED));
  }

  @Test
  void two_credentials_of_one_type_are_rejected_naming_the_second() {
    MapUserDirectory directory = new MapUserDirectory();
    User ann = created(1, person("ann"), directory);
    Draft<User> draft =
        credentialsDraft(
            new CredentialDraft("Password", Secret.hashed(PASSWORD_HASH), null),
            new CredentialDraft("password", Secret.hashed(TICKET_HASH), null));

    ValidationFailed failure =
        catchThrowableOfType(ValidationFailed.class, () -> ann.update(draft, directory, LATER));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("credentials[1].type", Code.NOT_ALLOWED));
  }

  private static List<CredentialDraft> drafts(int count, String type) {
    return IntStream.range(0, count)
        .mapToObj(
            i -> new CredentialDraft(type == null ? "Type" + i : type, Secret.plain("s" + i), null))
        .toList();
  }

  @Test
  void a_list_longer_than_a_user_may_have_is_one_error_and_its_items_are_not_read() {
    List<FieldError> errors = Credentials.check(drafts(Credentials.MAX_COUNT + 1, "Password"));

    assertThat(errors).containsExactly(FieldError.tooMany("credentials", Credentials.MAX_COUNT));
    assertThat(errors.get(0).message()).isEqualTo("must have at most 20 items");
    assertThat(Credentials.check(drafts(Credentials.MAX_COUNT, null))).isEmpty();
  }

  @Test
  void a_list_is_checked_item_by_item_each_type_once_ignoring_case() {
    List<FieldError> errors =
        Credentials.check(
            List.of(
                new CredentialDraft("Password", Secret.plain("a"), null),
                new CredentialDraft("PASSWORD", Secret.keep(), null),
                new CredentialDraft(" ", Secret.keep(), null),
                new CredentialDraft("t".repeat(51), Secret.keep(), "d".repeat(256)),
                new CredentialDraft(
                    "Ticket", Secret.plain("x".repeat(Secret.MAX_LENGTH + 1)), null),
                new CredentialDraft("password", Secret.hashed(PASSWORD_HASH), null)));

    assertThat(errors)
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("credentials[1].type", Code.NOT_ALLOWED),
            tuple("credentials[2].type", Code.REQUIRED),
            tuple("credentials[3].type", Code.TOO_LONG),
            tuple("credentials[3].displayValue", Code.TOO_LONG),
            tuple("credentials[4].value", Code.TOO_LONG),
            tuple("credentials[5].type", Code.NOT_ALLOWED));
    assertThat(errors.get(0).message())
        .isEqualTo("a user has at most one credential of type PASSWORD");
  }

  @Test
  void sealing_a_list_that_breaks_a_rule_hashes_and_matches_nothing() {
    for (List<CredentialDraft> invalid :
        List.of(drafts(2, "Password"), drafts(Credentials.MAX_COUNT + 1, null))) {
      assertThatThrownBy(() -> Credentials.seal(invalid, stored, hasher))
          .isInstanceOf(ValidationFailed.class);
    }

    assertThat(hasher.hashed).isZero();
    assertThat(hasher.matched).isZero();
  }

  @Test
  void a_stand_in_is_the_stored_hash_of_the_type_or_one_that_no_secret_matches() {
    List<CredentialDraft> standIn =
        Credentials.standIn(
            List.of(
                new CredentialDraft("password", Secret.plain("new"), "ann"),
                new CredentialDraft("Ticket", Secret.keep(), null),
                new CredentialDraft("ActiveDirectory", Secret.plain("new"), null)),
            stored);

    assertThat(standIn)
        .extracting(CredentialDraft::secret)
        .containsExactly(Secret.hashed(PASSWORD_HASH), Secret.keep(), Credentials.UNSEALED);
    assertThat(Credentials.hasNewSecret(standIn)).isFalse();
    assertThat(Credentials.hasNewSecret(drafts(1, null))).isTrue();
    assertThat(hasher.hashed + hasher.matched).isZero();
  }

  @Test
  void a_draft_of_more_credentials_than_a_user_may_have_is_invalid() {
    MapUserDirectory directory = new MapUserDirectory();
    User ann = created(1, person("ann"), directory);
    Draft<User> draft =
        credentialsDraft(
            IntStream.rangeClosed(0, Credentials.MAX_COUNT)
                .mapToObj(i -> new CredentialDraft("Type" + i, Secret.hashed("h" + i), null))
                .toArray(CredentialDraft[]::new));

    ValidationFailed failure =
        catchThrowableOfType(ValidationFailed.class, () -> ann.update(draft, directory, LATER));

    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("credentials", Code.TOO_MANY));
  }

  @Test
  void sealing_hashes_a_new_plain_secret_with_the_hasher() {
    List<CredentialDraft> sealed =
        Credentials.seal(
            List.of(new CredentialDraft("Password", Secret.plain("s3cret"), "ann")),
            List.of(),
            hasher);

    assertThat(sealed)
        .containsExactly(new CredentialDraft("Password", Secret.hashed("hash1:s3cret"), "ann"));
  }

  @Test
  void sealing_the_stored_password_again_keeps_its_hash() {
    List<Credential> storedPassword =
        List.of(new Credential("Password", hasher.hash("s3cret"), "ann"));

    List<CredentialDraft> sealed =
        Credentials.seal(
            List.of(new CredentialDraft("password", Secret.plain("s3cret"), "ann")),
            storedPassword,
            hasher);

    assertThat(sealed)
        .extracting(CredentialDraft::secret)
        .containsExactly(Secret.hashed("hash1:s3cret"));
    assertThat(hasher.hashed).isEqualTo(1);
  }

  @Test
  void sending_the_same_password_again_changes_nothing() {
    MapUserDirectory directory = new MapUserDirectory();
    User ann =
        created(1, person("ann").put(UserFields.CREDENTIALS, sealedPassword(List.of())), directory);

    Revision<User> revision =
        ann.update(
            Draft.<User>builder()
                .put(UserFields.CREDENTIALS, sealedPassword(ann.access().credentials()))
                .build(),
            directory,
            LATER);

    assertThat(revision.changed()).isFalse();
    assertThat(revision.after()).isSameAs(ann);
  }

  @Test
  void a_plain_secret_that_was_not_sealed_never_reaches_the_stored_credentials() {
    List<CredentialDraft> unsealed =
        List.of(new CredentialDraft("Password", Secret.plain("s3cret"), null));

    assertThatThrownBy(() -> Credentials.merge(stored, unsealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_text_of_a_plain_secret_never_shows_it() {
    assertThat(Secret.plain("correct horse battery staple").toString())
        .doesNotContain("correct horse battery staple");
  }

  @Test
  void the_text_of_a_credential_or_its_user_never_shows_the_hash() {
    MapUserDirectory directory = new MapUserDirectory();
    User ann =
        created(
            1,
            person("ann")
                .put(
                    UserFields.CREDENTIALS,
                    List.of(new CredentialDraft("Password", Secret.hashed(PASSWORD_HASH), "ann"))),
            directory);

    assertThat(new Credential("Password", PASSWORD_HASH, "ann").toString())
        .contains("Password")
        .doesNotContain(PASSWORD_HASH);
    assertThat(ann.toString()).doesNotContain(PASSWORD_HASH);
  }

  private List<CredentialDraft> sealedPassword(List<Credential> storedCredentials) {
    return Credentials.seal(
        List.of(new CredentialDraft("Password", Secret.plain("s3cret"), "ann")),
        storedCredentials,
        hasher);
  }

  private static Draft<User> credentialsDraft(CredentialDraft... drafts) {
    return Draft.<User>builder().put(UserFields.CREDENTIALS, List.of(drafts)).build();
  }

  /**
   * A salted-looking hash ({@code hash<n>:<secret>}, n counting the calls) that counts its work.
   */
  private static final class CountingHasher implements SecretHasher {
    int hashed;
    int matched;

    @Override
    public String hash(String secret) {
      hashed++;
      return "hash" + hashed + ":" + secret;
    }

    @Override
    public boolean matches(String secret, String hash) {
      matched++;
      return hash.endsWith(":" + secret);
    }
  }
}
