package io.roster.application.port.in.salesorg;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;
import io.roster.domain.salesorg.SalesOrganization;

public interface FindSalesOrganizationsUseCase {
  /** Organizations by code; the text matches code or name. */
  Page<SalesOrganization> find(Principal actor, ListQuery query);
}
