package io.roster.adapter.persistence;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.out.Account;
import io.roster.domain.field.Field;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The reads of users, on the handle they are given: one user by a key, a page of a list (and the
 * columns a list may be filtered, ordered and searched on), and the small lookups of the use cases.
 * Users come with their child rows ({@link UserChildRows}).
 */
final class UserQueries {
  /** The column of every field a list may be filtered on (see {@code Filterable}). */
  static final Map<Field<?, ?>, String> FILTER_COLUMNS =
      Map.ofEntries(
          Map.entry(UserFields.USERNAME, "username"),
          Map.entry(UserFields.INITIALS, "initials"),
          Map.entry(UserFields.NICK_NAME, "nick_name"),
          Map.entry(UserFields.EXTERNAL_CODE, "external_code"),
          Map.entry(UserFields.FIRSTNAME, "firstname"),
          Map.entry(UserFields.LASTNAME, "lastname"),
          Map.entry(UserFields.EMAIL, "email"),
          Map.entry(UserFields.PHONE, "phone"),
          Map.entry(UserFields.MOBILE, "mobile"),
          Map.entry(UserFields.FAX, "fax"),
          Map.entry(UserFields.LANGUAGE, "language_id"),
          Map.entry(UserFields.SALES_ORGANIZATION, "sales_organization_id"),
          Map.entry(UserFields.USER_GROUP, "user_group_id"),
          Map.entry(UserFields.ROLE, "role_id"),
          Map.entry(UserFields.IS_TEAM_LEADER, "is_team_leader"),
          Map.entry(UserFields.TEAM_LEADER, "team_leader_id"),
          Map.entry(UserFields.DISABLED, "disabled"),
          Map.entry(UserFields.ARCHIVED, "archived"));

  /**
   * The fields a list may be ordered by, and the expression each sorts by (texts ignoring case).
   */
  static final Map<Field<?, ?>, String> ORDER_COLUMNS =
      Map.ofEntries(
          Map.entry(UserFields.USERNAME, "username_key"),
          Map.entry(UserFields.INITIALS, "lower(initials)"),
          Map.entry(UserFields.NICK_NAME, "lower(nick_name)"),
          Map.entry(UserFields.FIRSTNAME, "lower(firstname)"),
          Map.entry(UserFields.LASTNAME, "lower(lastname)"),
          Map.entry(UserFields.EMAIL, "lower(email)"),
          Map.entry(UserFields.RANK, "user_rank"));

  /** The columns a list's text is looked for in, lower-cased. */
  private static final List<String> SEARCHED =
      List.of(
          "lower(username)",
          "lower(initials)",
          "lower(nick_name)",
          "lower(firstname)",
          "lower(lastname)",
          "lower(email)");

  private static final RowMapper<User> ROWS = new UserRowMapper();

  private UserQueries() {}

  /** The user {@code key} names, by id or by associate id. */
  static Optional<User> find(Handle h, UserKey key) {
    String column = key instanceof UserId ? "id" : "associate_id";
    Object value = key instanceof UserId id ? id.value() : ((AssociateId) key).value();
    return one(h, column, value);
  }

  /** The user whose user name has the key {@code usernameKey} ({@link UniqueKey#normalize}). */
  static Optional<User> findByUsernameKey(Handle h, String usernameKey) {
    return one(h, UserColumns.keyColumn(UniqueKey.Kind.USERNAME), usernameKey);
  }

  /**
   * Reading the page of users {@code query} asks for and their total, to be run in one transaction
   * so that they are one snapshot. A filter on a field lists are not filtered on is refused here.
   */
  static Function<Handle, Page<User>> page(ListQuery query) {
    PageQuery page = new PageQuery(query, FILTER_COLUMNS, SEARCHED);
    return h -> {
      long total = page.count(h, "users");
      List<User> rows =
          page.select(
                  h,
                  UserColumns.SELECT,
                  PageQuery.orderBy(query.order(), ORDER_COLUMNS, "associate_id"))
              .map(ROWS)
              .list();
      return new Page<>(UserChildRows.read(h, rows), total, query.offset());
    };
  }

  static Optional<Account> account(Handle h, UserId id) {
    return h.createQuery(
            "select username, role_id, archived, disabled, waiting_for_approval from users where id = :id")
        .bind("id", id.value())
        .map(
            (rs, ctx) ->
                new Account(
                    id,
                    rs.getString(1),
                    rs.getObject(2, UUID.class),
                    rs.getBoolean(3),
                    rs.getBoolean(4),
                    rs.getBoolean(5)))
        .findOne();
  }

  /** The user holding {@code key}, if any. */
  static Optional<UserId> holderOf(Handle h, UniqueKey key) {
    return h.createQuery(
            "select id from users where " + UserColumns.keyColumn(key.kind()) + " = :value")
        .bind("value", key.value())
        .map((rs, ctx) -> UserId.of(Sql.uuid(rs, "id")))
        .findOne();
  }

  static boolean hasTeamMembers(Handle h, UserId leader) {
    return h.createQuery("select 1 from users where team_leader_id = :leader limit 1")
        .bind("leader", leader.value())
        .mapTo(Integer.class)
        .findOne()
        .isPresent();
  }

  /** The user whose {@code column} holds {@code value}, with their child rows. */
  private static Optional<User> one(Handle h, String column, Object value) {
    List<User> rows =
        h.createQuery(UserColumns.SELECT + " where " + column + " = :value")
            .bind("value", value)
            .map(ROWS)
            .list();
    return UserChildRows.read(h, rows).stream().findFirst();
  }
}
