package io.roster.domain.testkit;

import static org.quicktheories.generators.SourceDSL.longs;

import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.UserId;
import java.util.UUID;
import org.quicktheories.core.Gen;

/** Ids drawn from the generator's randomness, so a failing example can be replayed and shrunk. */
public final class Ids {
  private Ids() {}

  public static Gen<UUID> uuids() {
    return longs().all().zip(longs().all(), UUID::new);
  }

  public static Gen<UserId> userIds() {
    return uuids().map(UserId::of);
  }

  public static Gen<SalesOrganizationId> salesOrganizationIds() {
    return uuids().map(SalesOrganizationId::of);
  }
}
