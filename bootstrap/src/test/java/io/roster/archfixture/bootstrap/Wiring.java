package io.roster.archfixture.bootstrap;

import io.roster.archfixture.adapter.persistence.UserTable;
import io.roster.archfixture.adapter.rest.ReadsTheTable;

/** Within the rules: bootstrap may see every adapter. */
public final class Wiring {
  private Wiring() {}

  public static ReadsTheTable handler() {
    return new ReadsTheTable(new UserTable());
  }
}
