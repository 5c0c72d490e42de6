package io.roster.application.memory;

import io.roster.application.Ports;
import io.roster.application.port.out.PasswordHasher;
import java.time.InstantSource;

/** Every port in memory, over one store. */
public final class InMemoryPorts {
  private InMemoryPorts() {}

  public static Ports create(InstantSource clock) {
    return create(InMemoryReferenceData.sample(), clock);
  }

  public static Ports create(InMemoryReferenceData referenceData, InstantSource clock) {
    return create(referenceData, clock, new FastPasswordHasher());
  }

  /** Every port in memory, hashing secrets with {@code hasher}. */
  public static Ports create(
      InMemoryReferenceData referenceData, InstantSource clock, PasswordHasher hasher) {
    InMemoryStore store = new InMemoryStore();
    return new Ports(
        store,
        new InMemoryUserRepository(store),
        new InMemorySalesOrganizationRepository(store),
        referenceData,
        new InMemoryAuditLog(store),
        hasher,
        clock);
  }
}
