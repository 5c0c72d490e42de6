package io.roster.bench;

import io.roster.application.port.out.AuditRecord;
import io.roster.domain.user.User;

/** One way to save an updated user and its audit record in one transaction. */
interface UpdatePath {
  String name();

  /**
   * Replaces {@code stored}, which must still be the stored version, with {@code next}; appends
   * {@code record}.
   */
  void update(User stored, User next, AuditRecord record);
}
