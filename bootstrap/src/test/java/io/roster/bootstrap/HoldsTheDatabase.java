package io.roster.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another process with the embedded database open, as a running server has it: opens the URL it is
 * given, says {@link #READY}, and holds the file until its standard input closes.
 */
public final class HoldsTheDatabase {
  static final String READY = "holding the database";

  private HoldsTheDatabase() {}

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
      System.out.println(READY);
      System.out.flush();
      while (System.in.read() >= 0) {
        // until standard input closes
      }
    }
  }
}
