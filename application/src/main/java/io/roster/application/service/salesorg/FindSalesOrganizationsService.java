package io.roster.application.service.salesorg;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.salesorg.FindSalesOrganizationsUseCase;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.domain.salesorg.SalesOrganization;

public final class FindSalesOrganizationsService implements FindSalesOrganizationsUseCase {
  private final SalesOrganizationRepository organizations;

  public FindSalesOrganizationsService(SalesOrganizationRepository organizations) {
    this.organizations = organizations;
  }

  @Override
  public Page<SalesOrganization> find(Principal actor, ListQuery query) {
    return organizations.find(query);
  }
}
