package io.roster.domain.salesorg;

import io.roster.domain.field.Draft;
import java.util.Objects;

/**
 * A sales organization given inside a user: matched by its id, else by its code, and updated with
 * the fields it gives; created (with this id, when given) when it matches none.
 */
public record EmbeddedSalesOrganization(SalesOrganizationId id, Draft<SalesOrganization> draft) {
  public EmbeddedSalesOrganization {
    Objects.requireNonNull(draft, "draft");
  }

  /** The ERP code the embedded organization gives, or {@code null}. */
  public String code() {
    String code = draft.value(SalesOrganizationFields.CODE);
    return code == null || code.isBlank() ? null : code;
  }
}
