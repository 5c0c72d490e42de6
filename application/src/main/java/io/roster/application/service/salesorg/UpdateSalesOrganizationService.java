package io.roster.application.service.salesorg;

import io.roster.application.port.in.salesorg.UpdateSalesOrganizationCommand;
import io.roster.application.port.in.salesorg.UpdateSalesOrganizationUseCase;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.service.Conflicts;
import io.roster.domain.failure.NotFound;
import io.roster.domain.field.Revision;
import io.roster.domain.salesorg.SalesOrganization;
import java.time.InstantSource;

public final class UpdateSalesOrganizationService implements UpdateSalesOrganizationUseCase {
  private final UnitOfWork unitOfWork;
  private final SalesOrganizationRepository organizations;
  private final SalesOrganizationWriter writer;
  private final InstantSource clock;

  public UpdateSalesOrganizationService(
      UnitOfWork unitOfWork,
      SalesOrganizationRepository organizations,
      SalesOrganizationWriter writer,
      InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.organizations = organizations;
    this.writer = writer;
    this.clock = clock;
  }

  @Override
  public Revision<SalesOrganization> update(UpdateSalesOrganizationCommand command) {
    return Conflicts.retrying(
        command.precondition(),
        () ->
            unitOfWork.inTransaction(
                () -> {
                  SalesOrganization stored =
                      organizations
                          .findById(command.id())
                          .orElseThrow(
                              () -> new NotFound(SalesOrganizationWriter.KIND, command.id()));
                  Conflicts.check(
                      command.precondition(),
                      SalesOrganizationWriter.KIND,
                      command.id(),
                      stored.version(),
                      stored.modifiedAt());
                  return writer.update(command.actor(), stored, command.draft(), clock.instant());
                }));
  }
}
