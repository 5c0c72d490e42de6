package io.roster.adapter.persistence;

import io.roster.domain.credential.Credential;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.user.Access;
import io.roster.domain.user.Organisation;
import io.roster.domain.user.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A user's rows in the child tables (other groups, ticket categories, licences, credentials, custom
 * fields): read for every user of a result in one query, written for a new user, and brought from a
 * stored user's to an updated user's by writing only the rows that differ, a batch per kind of
 * change and table, so that a PUT that changes one field does not rewrite a hundred custom fields.
 */
final class UserChildRows {
  /** A child table holding a set of a user's values, a row each: its SQL and the user's values. */
  private record SetTable(String insert, String delete, Function<User, Set<?>> values) {
    static SetTable of(String table, String column, Function<User, Set<?>> values) {
      return new SetTable(
          "insert into " + table + " (user_id, " + column + ") values (:user, :value)",
          "delete from " + table + " where user_id = :user and " + column + " = :value",
          values);
    }
  }

  private static final List<SetTable> SET_TABLES =
      List.of(
          SetTable.of("user_other_group", "group_id", u -> u.organisation().otherGroups()),
          SetTable.of(
              "user_ticket_category", "category_id", u -> u.organisation().ticketCategories()),
          SetTable.of("user_licence", "licence_code", u -> u.access().licences()));

  private static final String INSERT_CREDENTIAL =
      "insert into user_credential (user_id, ordinal, credential_type, secret_hash, display_value)"
          + " values (:user, :ordinal, :type, :secretHash, :displayValue)";
  private static final String DELETE_CREDENTIALS =
      "delete from user_credential where user_id = :user";
  private static final String INSERT_CUSTOM_FIELD =
      "insert into user_custom_field (user_id, name, field_value) values (:user, :name, :value)";
  private static final String UPDATE_CUSTOM_FIELD =
      "update user_custom_field set field_value = :value where user_id = :user and name = :name";
  private static final String DELETE_CUSTOM_FIELD =
      "delete from user_custom_field where user_id = :user and name = :name";

  /** One query for the child rows of every user: one branch per child table, told apart by kind. */
  private static final String CHILD_ROWS =
      "select user_id, 1 as kind, group_id as ref, null as a, null as b, null as c, 0 as ordinal"
          + " from user_other_group where user_id in (<ids>)"
          + " union all select user_id, 2, category_id, null, null, null, 0"
          + " from user_ticket_category where user_id in (<ids>)"
          + " union all select user_id, 3, null, licence_code, null, null, 0"
          + " from user_licence where user_id in (<ids>)"
          + " union all select user_id, 4, null, credential_type, secret_hash, display_value, ordinal"
          + " from user_credential where user_id in (<ids>)"
          + " union all select user_id, 5, null, name, field_value, null, 0"
          + " from user_custom_field where user_id in (<ids>)"
          + " order by ordinal";

  private UserChildRows() {}

  /** The users of {@code rows} ({@link UserRowMapper}'s) with their child rows. */
  static List<User> read(Handle h, List<User> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, Children> children =
        h.createQuery(CHILD_ROWS)
            .bindList("ids", rows.stream().map(row -> row.id().value()).toList())
            .reduceResultSet(
                new HashMap<UUID, Children>(),
                (map, rs, ctx) -> {
                  map.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Children()).add(rs);
                  return map;
                });
    return rows.stream()
        .map(
            row -> {
              Children found = children.get(row.id().value());
              return found == null ? row : found.of(row);
            })
        .toList();
  }

  /** Writes the child rows of a new user. */
  static void insert(Handle h, User user) {
    UUID id = user.id().value();
    for (SetTable set : SET_TABLES) {
      batch(
          h,
          set.insert(),
          set.values().apply(user),
          (b, value) -> b.bind("user", id).bind("value", value));
    }
    insertCredentials(h, id, user.access().credentials());
    batch(h, INSERT_CUSTOM_FIELD, user.customFields().values().entrySet(), customField(id));
  }

  /**
   * Brings the child rows of {@code stored} to those of {@code user} (the same user, updated),
   * touching only the rows that differ.
   */
  static void update(Handle h, User stored, User user) {
    UUID id = user.id().value();
    for (SetTable set : SET_TABLES) {
      Set<?> before = set.values().apply(stored);
      Set<?> after = set.values().apply(user);
      BiConsumer<PreparedBatch, Object> bind =
          (b, value) -> b.bind("user", id).bind("value", value);
      batch(
          h, set.delete(), before.stream().filter(value -> !after.contains(value)).toList(), bind);
      batch(
          h, set.insert(), after.stream().filter(value -> !before.contains(value)).toList(), bind);
    }
    if (!stored.access().credentials().equals(user.access().credentials())) {
      h.createUpdate(DELETE_CREDENTIALS).bind("user", id).execute();
      insertCredentials(h, id, user.access().credentials());
    }
    updateCustomFields(h, id, stored.customFields().values(), user.customFields().values());
  }

  private static void updateCustomFields(
      Handle h, UUID id, Map<String, String> before, Map<String, String> after) {
    Map<String, String> added = new LinkedHashMap<>();
    Map<String, String> changed = new LinkedHashMap<>();
    after.forEach(
        (name, value) -> {
          String old = before.get(name);
          if (old == null) {
            added.put(name, value);
          } else if (!old.equals(value)) {
            changed.put(name, value);
          }
        });
    List<String> removed =
        before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
    batch(h, DELETE_CUSTOM_FIELD, removed, (b, name) -> b.bind("user", id).bind("name", name));
    batch(h, INSERT_CUSTOM_FIELD, added.entrySet(), customField(id));
    batch(h, UPDATE_CUSTOM_FIELD, changed.entrySet(), customField(id));
  }

  private static void insertCredentials(Handle h, UUID id, List<Credential> credentials) {
    batch(
        h,
        INSERT_CREDENTIAL,
        IntStream.range(0, credentials.size()).boxed().toList(),
        (b, i) -> b.bind("user", id).bind("ordinal", (int) i).bindMethods(credentials.get(i)));
  }

  private static BiConsumer<PreparedBatch, Map.Entry<String, String>> customField(UUID id) {
    return (b, field) ->
        b.bind("user", id).bind("name", field.getKey()).bind("value", field.getValue());
  }

  /** Runs {@code sql} once per row, in one batch; nothing when there are no rows. */
  private static <R> void batch(
      Handle h,
      String sql,
      Collection<? extends R> rows,
      BiConsumer<PreparedBatch, ? super R> bind) {
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(sql);
    for (R row : rows) {
      bind.accept(batch, row);
      batch.add();
    }
    batch.execute();
  }

  /** A user's rows in the child tables. */
  private static final class Children {
    final Set<UUID> groups = new HashSet<>();
    final Set<UUID> categories = new HashSet<>();
    final Set<String> licences = new HashSet<>();
    final List<Credential> credentials = new ArrayList<>();
    final Map<String, String> customFields = new LinkedHashMap<>();

    /** One row of {@link #CHILD_ROWS}, read by position: user_id, kind, ref, a, b, c, ordinal. */
    void add(ResultSet rs) throws SQLException {
      int kind = rs.getInt(2);
      switch (kind) {
        case 1 -> groups.add(rs.getObject(3, UUID.class));
        case 2 -> categories.add(rs.getObject(3, UUID.class));
        case 3 -> licences.add(rs.getString(4));
        case 4 ->
            credentials.add(new Credential(rs.getString(4), rs.getString(5), rs.getString(6)));
        case 5 -> customFields.put(rs.getString(4), rs.getString(5));
        default -> throw new IllegalStateException("unknown child row kind " + kind);
      }
    }

    /** {@code row}, a user without child rows, with these. */
    User of(User row) {
      Organisation o = row.organisation();
      Access a = row.access();
      return new User(
          row.id(),
          row.associateId(),
          row.login(),
          row.person(),
          row.privateContact(),
          row.hr(),
          new Organisation(
              o.salesOrganization(),
              o.userGroup(),
              groups,
              o.role(),
              o.teamLeader(),
              o.teamLeaderId(),
              categories,
              o.userType(),
              o.rank(),
              o.tooltip()),
          new Access(
              licences,
              credentials,
              a.disabled(),
              a.waitingForApproval(),
              a.onTravel(),
              a.ejUserId(),
              a.requestSignature()),
          new CustomFields(customFields),
          row.lifecycle());
    }
  }
}
