package io.roster.application.memory;

import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.AuditRecord;
import java.util.List;

public final class InMemoryAuditLog implements AuditLog {
  private final InMemoryStore store;

  public InMemoryAuditLog(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public void append(AuditRecord record) {
    synchronized (store) {
      store.audit.add(record);
    }
  }

  @Override
  public List<AuditRecord> history(String subjectType, String subjectId) {
    synchronized (store) {
      return store.audit.stream()
          .filter(r -> r.subjectType().equals(subjectType) && r.subjectId().equals(subjectId))
          .toList();
    }
  }
}
