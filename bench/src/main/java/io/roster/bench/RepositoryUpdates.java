package io.roster.bench;

import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.AuditRecord;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.user.User;

/** Through the ports, as the update use case saves: one unit of work, the user, then the record. */
final class RepositoryUpdates implements UpdatePath {
  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final AuditLog auditLog;

  RepositoryUpdates(JdbiPersistence persistence) {
    this.unitOfWork = persistence.unitOfWork();
    this.users = persistence.users();
    this.auditLog = persistence.auditLog();
  }

  @Override
  public String name() {
    return "repository";
  }

  @Override
  public void update(User stored, User next, AuditRecord record) {
    unitOfWork.inTransaction(
        () -> {
          users.update(stored, next);
          auditLog.append(record);
          return null;
        });
  }
}
