package io.roster.application.port.out;

import static io.roster.application.fixtures.Mother.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.Ports;
import io.roster.domain.field.FieldChange;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does. */
public abstract class AuditLogContract {
  private Ports ports;

  protected abstract Ports emptyPorts();

  @BeforeEach
  void setUp() {
    ports = emptyPorts();
  }

  @Test
  void the_history_of_a_subject_lists_its_records_oldest_first_with_every_change() {
    AuditRecord created =
        new AuditRecord(
            T0,
            "admin",
            "User",
            "u-1",
            AuditRecord.Action.CREATE,
            List.of(
                new FieldChange("username", null, "ada"),
                new FieldChange("notes", null, "line\nbreak")));
    AuditRecord updated =
        new AuditRecord(
            T0.plusSeconds(60),
            "hr",
            "User",
            "u-1",
            AuditRecord.Action.UPDATE,
            List.of(new FieldChange("lastname", "Byron", "Lovelace")));
    AuditRecord other =
        new AuditRecord(T0, "admin", "User", "u-2", AuditRecord.Action.ARCHIVE, List.of());

    ports
        .unitOfWork()
        .inTransaction(
            () -> {
              ports.auditLog().append(created);
              ports.auditLog().append(other);
              ports.auditLog().append(updated);
              return null;
            });

    assertThat(ports.unitOfWork().inTransaction(() -> ports.auditLog().history("User", "u-1")))
        .containsExactly(created, updated);
  }
}
