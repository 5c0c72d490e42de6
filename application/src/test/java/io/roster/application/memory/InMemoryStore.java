package io.roster.application.memory;

import io.roster.application.port.out.AuditRecord;
import io.roster.application.port.out.UnitOfWork;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state behind the in-memory ports, with transactions: a unit of work takes a snapshot and puts
 * it back when the work fails, so "all or nothing" holds here as it does in a database.
 * Synchronized, so concurrent tests see one transaction at a time.
 */
public final class InMemoryStore implements UnitOfWork {
  final Map<UserId, User> users = new LinkedHashMap<>();
  final Map<SalesOrganizationId, SalesOrganization> organizations = new LinkedHashMap<>();
  final List<AuditRecord> audit = new ArrayList<>();
  int lastAssociateId;

  @Override
  public synchronized <T> T inTransaction(Supplier<T> work) {
    Map<UserId, User> users = new LinkedHashMap<>(this.users);
    Map<SalesOrganizationId, SalesOrganization> organizations =
        new LinkedHashMap<>(this.organizations);
    int auditSize = audit.size();
    int lastAssociateId = this.lastAssociateId;
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      this.users.clear();
      this.users.putAll(users);
      this.organizations.clear();
      this.organizations.putAll(organizations);
      audit.subList(auditSize, audit.size()).clear();
      this.lastAssociateId = lastAssociateId;
      throw e;
    }
  }
}
