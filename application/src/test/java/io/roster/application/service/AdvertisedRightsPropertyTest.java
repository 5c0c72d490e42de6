package io.roster.application.service;

import static io.roster.domain.user.UserFields.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.roster.application.fixtures.Directory;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.UserRights;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.reference.Reference;
import io.roster.domain.user.User;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * What a read tells a caller they may do ({@link UserView#rights()}, which the dialects publish as
 * masks) is exactly what a write attempt is allowed: for random callers, targets and fields.
 */
class AdvertisedRightsPropertyTest {

  /** A write of one field to a valid new value, given the target as stored. */
  private record Change(Field<User, ?> field, BiFunction<Directory, User, Draft<User>> draft) {
    @Override
    public String toString() {
      return field.name();
    }
  }

  private static Change set(Field<User, Object> field, Function<User, Object> value) {
    return new Change(
        field, (dir, target) -> Draft.<User>builder().set(field, value.apply(target)).build());
  }

  @SuppressWarnings("unchecked")
  private static <T> Field<User, Object> any(Field<User, T> field) {
    return (Field<User, Object>) (Field<User, ?>) field;
  }

  private static final List<Change> CHANGES =
      List.of(
          set(any(FIRSTNAME), t -> "Changed"),
          set(any(RANK), t -> t.organisation().rank() + 1),
          set(any(TOOLTIP), t -> "a new tooltip"),
          set(any(PHONE), t -> "+47 999"),
          set(any(WAITING_FOR_APPROVAL), t -> !t.access().waitingForApproval()),
          set(any(ARCHIVED), t -> true),
          new Change(
              LICENCES,
              (dir, t) ->
                  Draft.<User>builder()
                      .put(
                          LICENCES,
                          new KeyedEntries<>(
                              KeyScope.only(Set.of("hero-app")),
                              Map.of("hero-app", !t.access().licences().contains("hero-app"))))
                      .build()),
          set(any(PRIVATE_PHONE), t -> "+47 555"),
          set(any(BANK_ACCOUNT), t -> "NO93 8601 1117 000"),
          new Change(
              CREDENTIALS,
              (dir, t) ->
                  Draft.<User>builder()
                      .put(
                          CREDENTIALS,
                          List.of(
                              new CredentialDraft(
                                  "Password", Secret.plain("a new secret 42"), "x")))
                      .build()),
          // to a role that is not privileged: who may make someone privileged is decided on the
          // value
          new Change(
              ROLE,
              (dir, t) ->
                  Draft.<User>builder()
                      .refer(
                          ROLE,
                          Reference.byCode(
                              dir.roleId(Role.STANDARD).equals(t.organisation().role())
                                  ? Role.READ_ONLY.code()
                                  : Role.STANDARD.code()))
                      .build()));

  @Test
  void a_field_shown_writable_is_exactly_a_field_a_write_may_change() {
    qt().withExamples(300)
        .forAll(
            Generate.enumValues(Role.class),
            Generate.enumValues(Role.class),
            booleans().all(),
            Generate.pick(CHANGES))
        .checkAssert(
            (callerRole, targetRole, self, change) -> {
              Directory dir = new Directory();
              User caller = dir.user("caller", callerRole);
              User target = self ? caller : dir.user("target", targetRole);
              UserRights shown = dir.useCases.getUser().get(dir.as(caller), target.id()).rights();
              User before = dir.stored(target);

              Throwable thrown =
                  catchThrowable(
                      () ->
                          dir.useCases
                              .updateUser()
                              .update(
                                  new UpdateUserCommand(
                                      dir.as(caller),
                                      target.id(),
                                      null,
                                      Precondition.none(),
                                      change.draft().apply(dir, before))));

              if (shown.mayChange(change.field())) {
                assertThat(thrown).as("shown writable, so the write is allowed").isNull();
                assertThat(dir.stored(target)).isNotEqualTo(before);
              } else {
                assertThat(thrown)
                    .as("shown not writable, so the write is refused")
                    .isInstanceOf(AccessDenied.class);
                assertThat(dir.stored(target)).isEqualTo(before);
              }
            });
  }

  @Test
  void archive_is_shown_exactly_when_archiving_is_allowed() {
    qt().withExamples(100)
        .forAll(Generate.enumValues(Role.class), Generate.enumValues(Role.class), booleans().all())
        .checkAssert(
            (callerRole, targetRole, self) -> {
              Directory dir = new Directory();
              User caller = dir.user("caller", callerRole);
              User target = self ? caller : dir.user("target", targetRole);
              UserRights shown = dir.useCases.getUser().get(dir.as(caller), target.id()).rights();

              Throwable thrown =
                  catchThrowable(
                      () ->
                          dir.useCases
                              .archiveUser()
                              .archive(
                                  new ArchiveUserCommand(
                                      dir.as(caller), target.id(), Precondition.none())));

              if (shown.archive()) {
                assertThat(thrown).isNull();
                assertThat(dir.stored(target).lifecycle().archived()).isTrue();
              } else {
                assertThat(thrown).isInstanceOf(AccessDenied.class);
                assertThat(dir.stored(target).lifecycle().archived()).isFalse();
              }
            });
  }
}
