package io.roster.application.service.salesorg;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.salesorg.GetSalesOrganizationUseCase;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.domain.failure.NotFound;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;

public final class GetSalesOrganizationService implements GetSalesOrganizationUseCase {
  private final SalesOrganizationRepository organizations;

  public GetSalesOrganizationService(SalesOrganizationRepository organizations) {
    this.organizations = organizations;
  }

  @Override
  public SalesOrganization get(Principal actor, SalesOrganizationId id) {
    return organizations
        .findById(id)
        .orElseThrow(() -> new NotFound(SalesOrganizationWriter.KIND, id));
  }
}
