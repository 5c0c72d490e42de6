package io.roster.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.EmbeddedSalesOrganization;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update that creates an embedded sales organization, changes the user and appends its audit
 * record commits all of it or none: here the audit append fails after the organization was written,
 * and the database shows nothing of the attempt.
 */
class OneTransactionPerUseCaseTest {
  private static final Principal ADMIN = new Principal("admin", null, Role.ADMINISTRATOR, false);

  @TempDir static Path directory;
  private static TestDatabase database;

  @BeforeAll
  static void open() {
    database = TestDatabase.h2(directory);
  }

  @AfterAll
  static void close() throws Exception {
    database.close();
  }

  @Test
  void a_failure_after_the_embedded_upsert_leaves_organization_user_and_audit_as_they_were() {
    Ports ports = database.emptyPorts();
    UseCases working = UseCases.over(ports);
    working
        .createSalesOrganization()
        .create(
            new CreateSalesOrganizationCommand(
                ADMIN, null, Mother.organizationDraft("OSL", "Oslo").build()));
    Draft<User> ada =
        Mother.minimalDraft("ada", null)
            .refer(UserFields.SALES_ORGANIZATION, Reference.byCode("OSL"))
            .build();
    User stored =
        working.createUser().create(new CreateUserCommand(ADMIN, null, ada)).after().user();

    UseCases failingAudit = UseCases.over(withAudit(ports, new FailsForUsers(ports.auditLog())));
    Draft<User> move =
        Draft.<User>builder()
            .set(UserFields.LASTNAME, "Moved")
            .refer(
                UserFields.SALES_ORGANIZATION,
                Reference.embedded(
                    new EmbeddedSalesOrganization(
                        null,
                        Draft.<SalesOrganization>builder()
                            .set(SalesOrganizationFields.CODE, "BGO")
                            .set(SalesOrganizationFields.NAME, "Bergen")
                            .build())))
            .build();

    assertThatThrownBy(
            () ->
                failingAudit
                    .updateUser()
                    .update(
                        new UpdateUserCommand(ADMIN, stored.id(), null, Precondition.none(), move)))
        .hasMessageContaining("audit");

    assertThat(ports.salesOrganizations().findByCode("BGO")).isEmpty();
    assertThat(ports.users().find(stored.id())).contains(stored);
    assertThat(ports.auditLog().history("User", stored.id().toString())).hasSize(1);
  }

  private static Ports withAudit(Ports ports, AuditLog auditLog) {
    return new Ports(
        ports.unitOfWork(),
        ports.users(),
        ports.salesOrganizations(),
        ports.referenceData(),
        auditLog,
        ports.passwordHasher(),
        ports.clock(),
        ports.sessions(),
        ports.loginFailures());
  }

  /** Appends organizations' records, then fails on a user's, as a crash mid-use-case would. */
  private record FailsForUsers(AuditLog delegate) implements AuditLog {
    @Override
    public void append(AuditRecord record) {
      if (record.subjectType().equals("User")) {
        throw new IllegalStateException("the audit log failed");
      }
      delegate.append(record);
    }

    @Override
    public List<AuditRecord> history(String subjectType, String subjectId) {
      return delegate.history(subjectType, subjectId);
    }
  }
}
