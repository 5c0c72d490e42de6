package io.roster.application.port.out;

import io.roster.domain.field.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Who changed which fields of what, when, from what to what. */
public record AuditRecord(
    Instant at,
    String actor,
    String subjectType,
    String subjectId,
    Action action,
    List<FieldChange> changes) {

  public enum Action {
    CREATE,
    UPDATE,
    ARCHIVE,
    UNARCHIVE
  }

  public AuditRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(action, "action");
    changes = List.copyOf(changes);
  }
}
