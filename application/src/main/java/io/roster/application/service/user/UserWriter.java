package io.roster.application.service.user;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.auth.UserRights;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.AuditRecord;
import io.roster.application.port.out.AuditRecord.Action;
import io.roster.application.port.out.PasswordHasher;
import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.UserRepository;
import io.roster.application.service.Conflicts;
import io.roster.application.service.DraftResolver;
import io.roster.application.service.Resolved;
import io.roster.application.service.auth.AuthenticationService;
import io.roster.application.service.salesorg.SalesOrganizationWriter;
import io.roster.application.service.security.AccessPolicy;
import io.roster.domain.credential.Credential;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.field.Revision;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserDirectory;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The steps every user write shares, inside the caller's transaction: prepare the draft (resolve
 * references, create or update embedded organizations), apply it, new secrets hashed last ({@link
 * SecretSealing}), save, audit.
 */
public final class UserWriter {
  static final String KIND = "User";

  private final UserRepository users;
  private final SalesOrganizationWriter organizations;
  private final DraftResolver resolver;
  private final ReferenceData referenceData;
  private final SecretSealing secrets;
  private final AuditLog auditLog;
  private final UserDirectory directory;
  private final AccessPolicy policy;
  private final UserViews views;

  public UserWriter(
      UserRepository users,
      SalesOrganizationWriter organizations,
      DraftResolver resolver,
      ReferenceData referenceData,
      PasswordHasher hasher,
      AuditLog auditLog,
      AccessPolicy policy,
      UserViews views) {
    this.users = users;
    this.organizations = organizations;
    this.resolver = resolver;
    this.referenceData = referenceData;
    this.secrets = new SecretSealing(hasher);
    this.auditLog = auditLog;
    this.directory = new RepositoryUserDirectory(users, referenceData);
    this.policy = policy;
    this.views = views;
  }

  /**
   * @throws AccessDenied when {@code actor} calls through a partner app; checked before any lookup,
   *     so that the answer tells nothing about which users exist
   */
  static void refusePartnerApps(Principal actor) {
    if (actor.partnerApp()) {
      throw new AccessDenied(AccessPolicy.PARTNER_APPS);
    }
  }

  /** What {@code actor} may do with {@code user}. */
  UserRights rights(Principal actor, User user) {
    return policy.rights(actor, user);
  }

  /**
   * {@code user} (as stored) as {@code actor} may see them, with their rights on it; its sales
   * organization is read only if asked for.
   */
  UserView view(Principal actor, User user) {
    return views.current(actor, user);
  }

  /**
   * The revision as {@code actor} may see it (fields they may not read cleared), its references
   * read.
   */
  Revision<UserView> shown(Principal actor, Revision<User> revision) {
    return views.read(actor, revision);
  }

  /**
   * The user {@code target} names, when {@code precondition} holds for it.
   *
   * @throws NotFound when there is none
   * @throws io.roster.domain.failure.VersionConflict when the precondition does not hold
   */
  User load(UserKey target, Precondition precondition) {
    User stored = users.find(target).orElseThrow(() -> new NotFound(KIND, target));
    Conflicts.check(
        precondition, KIND, target, stored.lifecycle().version(), stored.lifecycle().modifiedAt());
    return stored;
  }

  Revision<User> create(Principal actor, UserId requestedId, Draft<User> draft, Instant now) {
    if (!policy.mayCreate(actor)) {
      throw new AccessDenied(policy.refusal(actor, "You may not create users."));
    }
    UserId id = requestedId != null ? requestedId : UserId.random();
    if (requestedId != null && users.find(requestedId).isPresent()) {
      throw UniquenessViolated.of("id", requestedId.toString());
    }
    AssociateId associateId = users.nextAssociateId();
    Revision<User> created =
        secrets.apply(
            prepare(actor, draft, null, now),
            null,
            d -> User.create(id, associateId, d, directory, now),
            revision -> requireWritable(rights(actor, revision.after()), null, revision));
    users.insert(created.after());
    audit(actor, now, Action.CREATE, created);
    return created;
  }

  /**
   * @throws AccessDenied unless {@code rights} allow updating the user at all
   */
  void requireUpdate(Principal actor, UserRights rights) {
    if (!rights.update()) {
      throw new AccessDenied(policy.refusal(actor, "You may not update this user."));
    }
  }

  Revision<User> update(Principal actor, User stored, Draft<User> draft, Instant now) {
    UserRights rights = rights(actor, stored);
    requireUpdate(actor, rights);
    Revision<User> revision =
        secrets.apply(
            prepare(actor, withoutHiddenBlanks(draft, rights), stored, now),
            stored,
            d -> stored.update(d, directory, now),
            changed -> {
              requireWritable(rights, stored, changed);
              requireWritable(rights(actor, changed.after()), stored, changed);
            });
    save(actor, stored, revision, Action.UPDATE, now);
    return revision;
  }

  /**
   * Sets the {@code Password} credential of {@code stored} (added when it has none) to {@code
   * plain}, keeping the others; saved and audited like any update, without field rights: the caller
   * has proven they know the current password.
   */
  Revision<User> replacePassword(Principal actor, User stored, String plain, Instant now) {
    List<CredentialDraft> drafts = new ArrayList<>();
    boolean replaced = false;
    for (Credential c : stored.access().credentials()) {
      if (!replaced && c.isOfType(AuthenticationService.PASSWORD)) {
        drafts.add(new CredentialDraft(c.type(), Secret.plain(plain), c.displayValue()));
        replaced = true;
      } else {
        drafts.add(new CredentialDraft(c.type(), Secret.keep(), c.displayValue()));
      }
    }
    if (!replaced) {
      drafts.add(new CredentialDraft(AuthenticationService.PASSWORD, Secret.plain(plain), null));
    }
    Draft<User> draft = Draft.<User>builder().put(UserFields.CREDENTIALS, drafts).build();
    Revision<User> revision =
        secrets.apply(
            prepare(actor, draft, stored, now),
            stored,
            d -> stored.update(d, directory, now),
            r -> {});
    save(actor, stored, revision, Action.UPDATE, now);
    return revision;
  }

  /**
   * A client sends back what it was shown; fields it could not read came as empty. Those are left
   * as stored rather than taken as "clear this field".
   */
  private static Draft<User> withoutHiddenBlanks(Draft<User> draft, UserRights rights) {
    Draft<User> result = draft;
    for (Field<User, ?> field : draft.view()) {
      if (!rights.of(field).read()
          && !draft.references().containsKey(field)
          && isBlank(draft.given(field))) {
        result = result.without(field);
      }
    }
    return result;
  }

  private static boolean isBlank(Object value) {
    return value == null
        || (value instanceof String text && text.isBlank())
        || (value instanceof Collection<?> items && items.isEmpty())
        || (value instanceof Map<?, ?> entries && entries.isEmpty());
  }

  /**
   * @throws AccessDenied naming every change {@code rights} do not allow; a licence granted or
   *     withdrawn is named by its code ({@code licences.hero-app})
   */
  private static void requireWritable(UserRights rights, User stored, Revision<User> revision) {
    List<String> refused = new ArrayList<>();
    for (String change : rights.unwritable(revision.changes())) {
      if (change.equals(UserFields.LICENCES.name())) {
        Set<String> before = stored == null ? Set.of() : stored.access().licences();
        Set<String> after = revision.after().access().licences();
        Stream.concat(before.stream(), after.stream())
            .distinct()
            .filter(code -> before.contains(code) != after.contains(code))
            .sorted()
            .forEach(code -> refused.add(change + "." + code));
      } else {
        refused.add(change);
      }
    }
    if (!refused.isEmpty()) {
      throw AccessDenied.fields(refused);
    }
  }

  void save(Principal actor, User stored, Revision<User> revision, Action action, Instant now) {
    if (revision.changed()) {
      users.update(stored, revision.after());
      audit(actor, now, action, revision);
    }
  }

  /** {@code draft} with its references resolved; nothing hashed yet. */
  private Resolved<User> prepare(Principal actor, Draft<User> draft, User stored, Instant now) {
    return resolver
        .resolve(
            draft,
            stored,
            Map.of(
                ReferenceKind.USER,
                this::findUser,
                ReferenceKind.SALES_ORGANIZATION,
                ref -> organizations.resolve(actor, ref, now)))
        .withErrors(unknownLicences(draft));
  }

  private Optional<UserId> findUser(Reference<?> reference) {
    if (reference instanceof Reference.ById<?> byId) {
      return users.find(UserId.of(byId.id())).map(User::id);
    }
    if (reference instanceof Reference.ByNumber<?> byNumber && byNumber.number() > 0) {
      return users.find(AssociateId.of(byNumber.number())).map(User::id);
    }
    if (reference instanceof Reference.ByCode<?> byCode) {
      return users.findByUsername(byCode.code()).map(User::id);
    }
    return Optional.empty();
  }

  private List<FieldError> unknownLicences(Draft<User> draft) {
    List<FieldError> errors = new ArrayList<>();
    if (draft.given(UserFields.LICENCES) instanceof KeyedEntries<?> licences) {
      licences
          .entries()
          .forEach(
              (code, granted) -> {
                if (Boolean.TRUE.equals(granted)
                    && referenceData
                        .find(ReferenceKind.LICENCE, Reference.byCode(code))
                        .isEmpty()) {
                  errors.add(
                      new FieldError(
                          UserFields.LICENCES.name() + "." + code,
                          FieldError.Code.NOT_FOUND,
                          "is not a known module licence"));
                }
              });
    }
    return errors;
  }

  private void audit(Principal actor, Instant now, Action action, Revision<User> revision) {
    auditLog.append(
        new AuditRecord(
            now, actor.name(), KIND, revision.after().id().toString(), action, revision.changes()));
  }
}
