package io.roster.application.memory;

import io.roster.application.Ports;
import java.time.InstantSource;

/** Every port in memory, over one store. */
public final class InMemoryPorts {
  private InMemoryPorts() {}

  public static Ports create(InstantSource clock) {
    return create(InMemoryReferenceData.sample(), clock);
  }

  public static Ports create(InMemoryReferenceData referenceData, InstantSource clock) {
    InMemoryStore store = new InMemoryStore();
    return new Ports(
        store,
        new InMemoryUserRepository(store),
        new InMemorySalesOrganizationRepository(store),
        referenceData,
        new InMemoryAuditLog(store),
        new FastPasswordHasher(),
        clock,
        new InMemorySessionStore(),
        new InMemoryLoginFailures());
  }
}
