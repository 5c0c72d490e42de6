package io.roster.domain.salesorg;

import java.util.Optional;

/** What an organization's update must know about the others: who holds a code. */
public interface SalesOrganizationDirectory {
  Optional<SalesOrganizationId> holderOfCode(String code);
}
