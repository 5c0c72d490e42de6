package io.roster.archfixture.adapter.cli;

import io.roster.archfixture.bootstrap.Wiring;

/** Breaks "nothing depends on bootstrap": a command builds its dependencies from main's wiring. */
public final class ReusesTheWiring {
  public String get(int id) {
    return Wiring.handler().get(id);
  }
}
