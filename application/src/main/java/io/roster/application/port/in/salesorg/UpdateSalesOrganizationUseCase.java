package io.roster.application.port.in.salesorg;

import io.roster.domain.field.Revision;
import io.roster.domain.salesorg.SalesOrganization;

public interface UpdateSalesOrganizationUseCase {
  Revision<SalesOrganization> update(UpdateSalesOrganizationCommand command);
}
