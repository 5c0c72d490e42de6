package io.roster.adapter.rest;

import io.roster.application.Ports;
import io.roster.application.memory.InMemoryPorts;
import java.time.Clock;
import java.util.ServiceLoader;

/**
 * Where the HTTP tests keep their data: in memory here; a module that runs these same tests against
 * a database registers its own factory
 * (META-INF/services/io.roster.adapter.rest.TestPorts$Factory).
 */
public final class TestPorts {
  /** Makes fresh, empty ports holding the in-memory sample reference data. */
  public interface Factory {
    Ports create();
  }

  private static final Factory FACTORY =
      ServiceLoader.load(Factory.class)
          .findFirst()
          .orElse(() -> InMemoryPorts.create(Clock.systemUTC()));

  private TestPorts() {}

  static Ports create() {
    return FACTORY.create();
  }
}
