package io.roster.application.port.in.salesorg;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.domain.field.Draft;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.util.Objects;

public record UpdateSalesOrganizationCommand(
    Principal actor,
    SalesOrganizationId id,
    Precondition precondition,
    Draft<SalesOrganization> draft) {
  public UpdateSalesOrganizationCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(precondition, "precondition");
    Objects.requireNonNull(draft, "draft");
  }
}
