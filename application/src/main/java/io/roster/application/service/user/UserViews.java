package io.roster.application.service.user;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.UserRights;
import io.roster.application.port.in.user.UserReferences;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.application.service.security.AccessPolicy;
import io.roster.domain.field.Revision;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes the views use cases answer with: a user as the caller may see them, the caller's rights on
 * them (decided on the user as stored) and what the visible references point at.
 */
public final class UserViews {
  private final AccessPolicy policy;
  private final SalesOrganizationRepository organizations;
  private final ReferenceData referenceData;

  public UserViews(
      AccessPolicy policy, SalesOrganizationRepository organizations, ReferenceData referenceData) {
    this.policy = policy;
    this.organizations = organizations;
    this.referenceData = referenceData;
  }

  /** {@code stored} as {@code actor} sees it, its sales organization read now. */
  public UserView read(Principal actor, User stored) {
    UserView view = current(actor, stored);
    view.references().salesOrganization();
    return view;
  }

  /**
   * The revision as {@code actor} sees it: fields they may not read cleared, references read now.
   */
  public Revision<UserView> read(Principal actor, Revision<User> revision) {
    UserRights rights = policy.rights(actor, revision.after());
    return new Revision<>(read(actor, revision.after()), rights.redact(revision.changes()));
  }

  /** A view of each user for one answer: a sales organization several users share is read once. */
  public Function<User, UserView> reader(Principal actor) {
    Map<SalesOrganizationId, SalesOrganization> read = new HashMap<>();
    return stored -> {
      UserRights rights = policy.rights(actor, stored);
      User shown = rights.redact(stored);
      SalesOrganization organization =
          read.computeIfAbsent(
              shown.organisation().salesOrganization(), id -> organization(id).get());
      return new UserView(shown, rights, references(shown, () -> organization));
    };
  }

  /**
   * {@code stored} as {@code actor} sees it, its sales organization read only when asked for: the
   * current state an update's change works on.
   */
  UserView current(Principal actor, User stored) {
    UserRights rights = policy.rights(actor, stored);
    User shown = rights.redact(stored);
    return new UserView(
        shown, rights, references(shown, organization(shown.organisation().salesOrganization())));
  }

  /**
   * What a new user would refer to: their sales organization ({@code null}: none yet) and no items.
   */
  UserReferences forNewUser(SalesOrganizationId salesOrganization) {
    return new UserReferences(
        salesOrganization == null ? () -> null : organization(salesOrganization),
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        referenceData.list(ReferenceKind.LICENCE));
  }

  private UserReferences references(User user, Supplier<SalesOrganization> organization) {
    return new UserReferences(
        organization,
        item(ReferenceKind.ROLE, user.organisation().role()),
        item(ReferenceKind.USER_GROUP, user.organisation().userGroup()),
        items(ReferenceKind.USER_GROUP, user.organisation().otherGroups()),
        items(ReferenceKind.TICKET_CATEGORY, user.organisation().ticketCategories()),
        item(ReferenceKind.COUNTRY, user.privateContact().country()),
        item(ReferenceKind.LANGUAGE, user.person().language()),
        referenceData.list(ReferenceKind.LICENCE));
  }

  private Supplier<SalesOrganization> organization(SalesOrganizationId id) {
    return () -> organizations.findById(id).orElse(null);
  }

  private ReferenceItem item(ReferenceKind kind, UUID id) {
    return id == null ? null : referenceData.find(kind, Reference.byId(id)).orElse(null);
  }

  private List<ReferenceItem> items(ReferenceKind kind, Collection<UUID> ids) {
    return ids.stream()
        .map(id -> referenceData.find(kind, Reference.byId(id)))
        .flatMap(Optional::stream)
        .toList();
  }
}
