package io.roster.bench;

import io.roster.domain.credential.Credential;
import io.roster.domain.user.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * A user's child rows in plain JDBC, with the adapter's statements: a delete per child table, then
 * one batch per child table that has rows. A batch may span many users (the bulk load) or hold one
 * user's rows (an update).
 */
final class ChildRows {
  private static final List<Table> TABLES =
      List.of(
          new Table(
              "insert into user_other_group (user_id, group_id) values (?, ?)",
              u -> u.organisation().otherGroups().size(),
              (s, u) -> {
                for (UUID group : u.organisation().otherGroups()) {
                  s.setObject(1, u.id().value());
                  s.setObject(2, group);
                  s.addBatch();
                }
              }),
          new Table(
              "insert into user_ticket_category (user_id, category_id) values (?, ?)",
              u -> u.organisation().ticketCategories().size(),
              (s, u) -> {
                for (UUID category : u.organisation().ticketCategories()) {
                  s.setObject(1, u.id().value());
                  s.setObject(2, category);
                  s.addBatch();
                }
              }),
          new Table(
              "insert into user_licence (user_id, licence_code) values (?, ?)",
              u -> u.access().licences().size(),
              (s, u) -> {
                for (String licence : u.access().licences()) {
                  s.setObject(1, u.id().value());
                  s.setString(2, licence);
                  s.addBatch();
                }
              }),
          new Table(
              "insert into user_credential (user_id, ordinal, credential_type, secret_hash, display_value)"
                  + " values (?, ?, ?, ?, ?)",
              u -> u.access().credentials().size(),
              (s, u) -> {
                List<Credential> credentials = u.access().credentials();
                for (int i = 0; i < credentials.size(); i++) {
                  Credential c = credentials.get(i);
                  s.setObject(1, u.id().value());
                  s.setInt(2, i);
                  s.setString(3, c.type());
                  s.setString(4, c.secretHash());
                  s.setString(5, c.displayValue());
                  s.addBatch();
                }
              }),
          new Table(
              "insert into user_custom_field (user_id, name, field_value) values (?, ?, ?)",
              u -> u.customFields().values().size(),
              (s, u) -> {
                for (Map.Entry<String, String> field : u.customFields().values().entrySet()) {
                  s.setObject(1, u.id().value());
                  s.setString(2, field.getKey());
                  s.setString(3, field.getValue());
                  s.addBatch();
                }
              }));

  private ChildRows() {}

  /**
   * The adapter's statements for an update of the custom fields: one update per changed value (the
   * benchmark adds and removes none, and leaves the other child rows alone).
   */
  static void update(Connection connection, User stored, User next) throws SQLException {
    if (!stored.organisation().equals(next.organisation())
        || !stored.access().equals(next.access())
        || !stored.customFields().values().keySet().equals(next.customFields().values().keySet())) {
      throw new IllegalStateException("the benchmark changes custom-field values only");
    }
    for (Map.Entry<String, String> field : next.customFields().values().entrySet()) {
      if (!field.getValue().equals(stored.customFields().values().get(field.getKey()))) {
        try (PreparedStatement statement =
            connection.prepareStatement(
                "update user_custom_field set field_value = ? where user_id = ? and name = ?")) {
          statement.setString(1, field.getValue());
          statement.setObject(2, next.id().value());
          statement.setString(3, field.getKey());
          statement.executeUpdate();
        }
      }
    }
  }

  /** Like the adapter, prepares no statement for a child table that gets no rows. */
  static void insert(Connection connection, List<User> users) throws SQLException {
    for (Table table : TABLES) {
      if (users.stream().mapToInt(table.count).sum() == 0) {
        continue;
      }
      try (PreparedStatement statement = connection.prepareStatement(table.sql)) {
        for (User user : users) {
          table.rows.add(statement, user);
        }
        statement.executeBatch();
      }
    }
  }

  @FunctionalInterface
  private interface Rows {
    void add(PreparedStatement statement, User user) throws SQLException;
  }

  private record Table(String sql, ToIntFunction<User> count, Rows rows) {}
}
