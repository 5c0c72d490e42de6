package io.roster.archfixture.adapter.rest;

import io.roster.archfixture.adapter.persistence.UserTable;

/** Breaks "adapters never depend on each other": an HTTP handler skips the use case. */
public final class ReadsTheTable {
  private final UserTable table;

  public ReadsTheTable(UserTable table) {
    this.table = table;
  }

  public String get(int id) {
    return table.nameOf(id);
  }
}
