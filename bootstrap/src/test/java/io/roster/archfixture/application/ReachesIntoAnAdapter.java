package io.roster.archfixture.application;

import io.roster.archfixture.adapter.persistence.UserTable;

/** Breaks "the application depends only on the domain": a use case talks to storage directly. */
public final class ReachesIntoAnAdapter {
  private final UserTable table = new UserTable();

  public String name(int id) {
    return table.nameOf(id);
  }
}
