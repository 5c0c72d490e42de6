package io.roster.application.port.in.salesorg;

import io.roster.application.port.in.Principal;
import io.roster.domain.field.Draft;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.util.Objects;

/** Create an organization; {@code requestedId} is the client's own id, or {@code null}. */
public record CreateSalesOrganizationCommand(
    Principal actor, SalesOrganizationId requestedId, Draft<SalesOrganization> draft) {
  public CreateSalesOrganizationCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(draft, "draft");
  }
}
