package io.roster.bench;

import io.roster.application.port.out.AuditRecord;
import io.roster.domain.user.User;

/** One way to save an updated user and its audit record in one transaction. */
interface UpdatePath {
  String name();

  /** Saves {@code user}, whose stored version must be {@code expectedVersion}, and {@code record}. */
  void update(User user, long expectedVersion, AuditRecord record);
}
