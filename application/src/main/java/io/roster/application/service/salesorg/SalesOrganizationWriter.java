package io.roster.application.service.salesorg;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.AuditRecord;
import io.roster.application.port.out.AuditRecord.Action;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.application.service.DraftResolver;
import io.roster.application.service.RaceLost;
import io.roster.application.service.security.AccessPolicy;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Revision;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.EmbeddedSalesOrganization;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationDirectory;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, updates and resolves sales organizations inside the caller's transaction: for its own
 * use cases and for an organization embedded in a user.
 */
public final class SalesOrganizationWriter {
  static final String KIND = "SalesOrganization";

  private final SalesOrganizationRepository organizations;
  private final DraftResolver resolver;
  private final AuditLog auditLog;
  private final SalesOrganizationDirectory directory;
  private final AccessPolicy policy;

  public SalesOrganizationWriter(
      SalesOrganizationRepository organizations,
      DraftResolver resolver,
      AuditLog auditLog,
      AccessPolicy policy) {
    this.policy = policy;
    this.organizations = organizations;
    this.resolver = resolver;
    this.auditLog = auditLog;
    this.directory = code -> organizations.findByCode(code).map(SalesOrganization::id);
  }

  public Revision<SalesOrganization> create(
      Principal actor,
      SalesOrganizationId requestedId,
      Draft<SalesOrganization> draft,
      Instant now) {
    SalesOrganizationId id = requestedId != null ? requestedId : SalesOrganizationId.random();
    if (requestedId != null && organizations.findById(requestedId).isPresent()) {
      throw UniquenessViolated.of("id", requestedId.toString());
    }
    Revision<SalesOrganization> created =
        resolver
            .resolve(draft, null, Map.of())
            .apply(d -> SalesOrganization.create(id, d, directory, now));
    requireManagement(actor);
    organizations.insert(created.after());
    audit(actor, now, Action.CREATE, created);
    return created;
  }

  public Revision<SalesOrganization> update(
      Principal actor, SalesOrganization stored, Draft<SalesOrganization> draft, Instant now) {
    Revision<SalesOrganization> revision =
        resolver.resolve(draft, stored, Map.of()).apply(d -> stored.update(d, directory, now));
    if (revision.changed()) {
      requireManagement(actor);
      organizations.update(revision.after(), stored.version());
      audit(actor, now, Action.UPDATE, revision);
    }
    return revision;
  }

  /**
   * The organization {@code reference} names: by id, by code, or embedded (matched by id, then
   * code, and updated; created when it matches none).
   */
  public Optional<SalesOrganizationId> resolve(
      Principal actor, Reference<?> reference, Instant now) {
    if (reference instanceof Reference.ById<?> byId) {
      return organizations.findById(SalesOrganizationId.of(byId.id())).map(SalesOrganization::id);
    }
    if (reference instanceof Reference.ByCode<?> byCode) {
      return organizations.findByCode(byCode.code()).map(SalesOrganization::id);
    }
    if (reference instanceof Reference.Embedded<?> embedded
        && embedded.entity() instanceof EmbeddedSalesOrganization organization) {
      return Optional.of(upsert(actor, organization, now));
    }
    return Optional.empty();
  }

  private SalesOrganizationId upsert(
      Principal actor, EmbeddedSalesOrganization embedded, Instant now) {
    Optional<SalesOrganization> match =
        Optional.ofNullable(embedded.id()).flatMap(organizations::findById);
    if (match.isEmpty() && embedded.code() != null) {
      match = organizations.findByCode(embedded.code());
    }
    if (match.isPresent()) {
      return update(actor, match.get(), embedded.draft(), now).after().id();
    }
    try {
      return create(actor, embedded.id(), embedded.draft(), now).after().id();
    } catch (UniquenessViolated e) {
      // Nobody had this id or code a moment ago: a concurrent request has just created it.
      throw new RaceLost(e);
    }
  }

  private void requireManagement(Principal actor) {
    if (!policy.mayManageOrganizations(actor)) {
      throw new AccessDenied(
          policy.refusal(actor, "You may not create or change sales organizations."));
    }
  }

  private void audit(
      Principal actor, Instant now, Action action, Revision<SalesOrganization> revision) {
    auditLog.append(
        new AuditRecord(
            now, actor.name(), KIND, revision.after().id().toString(), action, revision.changes()));
  }
}
