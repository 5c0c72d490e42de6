package io.roster.bench;

import io.roster.application.port.out.AuditRecord;
import io.roster.domain.field.FieldChange;
import io.roster.domain.user.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The same statements as the repository and the audit log, written by hand over a pool of the same
 * size: the users row (optimistic lock), the child rows that changed, the audit record with its
 * generated key, the audit changes; one transaction. Statements are prepared and closed per use, as
 * the adapter's are.
 */
final class PlainJdbcUpdates implements UpdatePath {
  private static final String AUDIT_RECORD =
      "insert into audit_record (recorded_at, actor, subject_type, subject_id, action)"
          + " values (?, ?, ?, ?, ?)";
  private static final String AUDIT_CHANGE =
      "insert into audit_change (record_id, ordinal, field, before_value, after_value)"
          + " values (?, ?, ?, ?, ?)";

  private final DataSource pool;

  PlainJdbcUpdates(DataSource pool) {
    this.pool = pool;
  }

  @Override
  public String name() {
    return "plain JDBC";
  }

  @Override
  public void update(User stored, User next, AuditRecord record) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        updateUser(connection, stored, next);
        append(connection, record);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void updateUser(Connection connection, User stored, User next)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(UserRows.UPDATE)) {
      UserRows.bindUpdate(statement, next, stored.lifecycle().version());
      if (statement.executeUpdate() == 0) {
        throw new IllegalStateException("version conflict on " + next.id());
      }
    }
    ChildRows.update(connection, stored, next);
  }

  private static void append(Connection connection, AuditRecord record) throws SQLException {
    long id;
    try (PreparedStatement statement =
        connection.prepareStatement(AUDIT_RECORD, new String[] {"id"})) {
      statement.setObject(1, record.at().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
      statement.setString(2, record.actor());
      statement.setString(3, record.subjectType());
      statement.setString(4, record.subjectId());
      statement.setString(5, record.action().name());
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    if (record.changes().isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(AUDIT_CHANGE)) {
      for (int i = 0; i < record.changes().size(); i++) {
        FieldChange change = record.changes().get(i);
        statement.setLong(1, id);
        statement.setInt(2, i);
        statement.setString(3, change.field());
        statement.setString(4, change.before());
        statement.setString(5, change.after());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
