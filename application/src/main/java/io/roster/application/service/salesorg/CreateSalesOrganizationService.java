package io.roster.application.service.salesorg;

import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationUseCase;
import io.roster.application.port.out.UnitOfWork;
import io.roster.domain.field.Revision;
import io.roster.domain.salesorg.SalesOrganization;
import java.time.InstantSource;

public final class CreateSalesOrganizationService implements CreateSalesOrganizationUseCase {
  private final UnitOfWork unitOfWork;
  private final SalesOrganizationWriter writer;
  private final InstantSource clock;

  public CreateSalesOrganizationService(
      UnitOfWork unitOfWork, SalesOrganizationWriter writer, InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.writer = writer;
    this.clock = clock;
  }

  @Override
  public Revision<SalesOrganization> create(CreateSalesOrganizationCommand command) {
    return unitOfWork.inTransaction(
        () ->
            writer.create(
                command.actor(), command.requestedId(), command.draft(), clock.instant()));
  }
}
