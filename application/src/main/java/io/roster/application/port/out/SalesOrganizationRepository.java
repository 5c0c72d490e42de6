package io.roster.application.port.out;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.util.Optional;

/** Where sales organizations are kept. */
public interface SalesOrganizationRepository {
  Optional<SalesOrganization> findById(SalesOrganizationId id);

  /** The organization with exactly this code. */
  Optional<SalesOrganization> findByCode(String code);

  /**
   * @throws UniquenessViolated when the id or the code is already held
   */
  void insert(SalesOrganization organization);

  /**
   * @throws VersionConflict when the stored version is no longer {@code expectedVersion}
   * @throws UniquenessViolated when the code is held by another organization
   */
  void update(SalesOrganization organization, long expectedVersion);

  /** Ordered by name, then id. */
  Page<SalesOrganization> find(ListQuery query);
}
