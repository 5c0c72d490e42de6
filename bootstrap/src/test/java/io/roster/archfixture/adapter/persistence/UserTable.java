package io.roster.archfixture.adapter.persistence;

public final class UserTable {
  public String nameOf(int id) {
    return "user " + id;
  }
}
