package io.roster.adapter.persistence;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The values of one row, read while the cursor is on it, so the row can be completed after the
 * query ends. Date-time columns are read as {@link OffsetDateTime} on both databases.
 */
final class ResultSetValues {
  private final Map<String, Object> values;

  private ResultSetValues(Map<String, Object> values) {
    this.values = values;
  }

  static ResultSetValues of(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, Object> values = new HashMap<>(meta.getColumnCount() * 2);
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
      Object value =
          switch (meta.getColumnType(i)) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            default -> rs.getObject(i);
          };
      values.put(name, value);
    }
    return new ResultSetValues(values);
  }

  String text(String column) {
    return (String) values.get(column);
  }

  UUID uuid(String column) {
    return (UUID) values.get(column);
  }

  int integer(String column) {
    return ((Number) values.get(column)).intValue();
  }

  long number(String column) {
    return ((Number) values.get(column)).longValue();
  }

  boolean flag(String column) {
    return (Boolean) values.get(column);
  }

  LocalDate date(String column) {
    return (LocalDate) values.get(column);
  }

  Instant instant(String column) {
    OffsetDateTime value = (OffsetDateTime) values.get(column);
    return value == null ? null : value.toInstant();
  }
}
