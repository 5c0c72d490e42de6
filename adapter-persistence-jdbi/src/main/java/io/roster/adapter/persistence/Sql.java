package io.roster.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ObjectArgument;

/** Reading and binding the column types both databases share, the same way on both. */
final class Sql {
  private Sql() {}

  static Argument timestamp(Instant instant) {
    return ObjectArgument.of(
        instant == null ? null : instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
  }

  /** A UUID, or a NULL both databases accept for a uuid column. */
  static Argument uuid(UUID id) {
    return (position, statement, context) -> {
      if (id == null) {
        statement.setNull(position, Types.OTHER);
      } else {
        statement.setObject(position, id);
      }
    };
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  /** The escape character of {@link #containing} patterns: {@code like :p escape '!'}. */
  static final String LIKE_ESCAPE = "escape '!'";

  /** A LIKE pattern for "contains {@code text}", ignoring case, with wildcards escaped. */
  static String containing(String text) {
    return "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%";
  }

  /** {@code text} with LIKE's wildcards taken literally (see {@link #LIKE_ESCAPE}). */
  static String escaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
