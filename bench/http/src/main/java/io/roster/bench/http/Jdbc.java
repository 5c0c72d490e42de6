package io.roster.bench.http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** Plain JDBC, as the baseline and its seeding use it: a row, rows, a statement, a transaction. */
final class Jdbc {
  private Jdbc() {}

  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** {@code work} in one transaction on a connection of its own, as Roster runs a use case. */
  static <T> T inTransaction(DataSource pool, Work<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  static Map<String, Object> one(Connection c, String sql, Object... values) throws SQLException {
    List<Map<String, Object>> rows = list(c, sql, values);
    return rows.isEmpty() ? null : rows.get(0);
  }

  static List<Map<String, Object>> list(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new HashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  static void execute(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.execute();
    }
  }
}
