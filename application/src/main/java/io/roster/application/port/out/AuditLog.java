package io.roster.application.port.out;

import java.util.List;

/** Append-only history of every change. */
public interface AuditLog {
  void append(AuditRecord record);

  /** The records of one subject, oldest first. */
  List<AuditRecord> history(String subjectType, String subjectId);
}
