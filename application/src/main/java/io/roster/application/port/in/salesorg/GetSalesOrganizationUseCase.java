package io.roster.application.port.in.salesorg;

import io.roster.application.port.in.Principal;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;

public interface GetSalesOrganizationUseCase {
  /**
   * @throws io.roster.domain.failure.NotFound when there is none with this id
   */
  SalesOrganization get(Principal actor, SalesOrganizationId id);
}
