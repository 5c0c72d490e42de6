package io.roster.bench;

import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code users} row in plain JDBC: the adapter's columns, in the adapter's order, bound with
 * the JDBC types the adapter's arguments use. {@link #UPDATE} is the adapter's update statement.
 */
final class UserRows {
  private static final List<Column> COLUMNS =
      List.of(
          uuid("id", u -> u.id().value()),
          integer("associate_id", u -> u.associateId().value()),
          text("username", u -> u.login().username()),
          key("username", u -> u.login().username()),
          text("initials", u -> u.login().initials()),
          key("initials", u -> u.login().initials()),
          text("nick_name", u -> u.login().nickName()),
          key("nick_name", u -> u.login().nickName()),
          text("external_code", u -> u.login().externalCode()),
          key("external_code", u -> u.login().externalCode()),
          text("firstname", u -> u.person().firstname()),
          text("lastname", u -> u.person().lastname()),
          text("email", u -> u.person().email()),
          text("phone", u -> u.person().phone()),
          text("fax", u -> u.person().fax()),
          text("mobile", u -> u.person().mobile()),
          text("skype", u -> u.person().skype()),
          text("notes", u -> u.person().notes()),
          uuid("language_id", u -> u.person().language()),
          text("private_email", u -> u.privateContact().email()),
          text("private_phone", u -> u.privateContact().phone()),
          text("private_fax", u -> u.privateContact().fax()),
          text("private_mobile", u -> u.privateContact().mobile()),
          text("private_street", u -> u.privateContact().street()),
          text("private_street_number", u -> u.privateContact().streetNumber()),
          text("private_city", u -> u.privateContact().city()),
          text("private_zip", u -> u.privateContact().zip()),
          uuid("private_country_id", u -> u.privateContact().country()),
          text("emergency_contact", u -> u.hr().emergencyContact()),
          text("bank_account", u -> u.hr().bankAccount()),
          text("social_security", u -> u.hr().socialSecurity()),
          text("place_of_birth", u -> u.hr().placeOfBirth()),
          text("nationality", u -> u.hr().nationality()),
          text("functions", u -> u.hr().functions()),
          date("birthdate", u -> u.hr().birthdate()),
          uuid("sales_organization_id", u -> u.organisation().salesOrganization().value()),
          uuid("user_group_id", u -> u.organisation().userGroup()),
          uuid("role_id", u -> u.organisation().role()),
          flag("is_team_leader", u -> u.organisation().teamLeader()),
          uuid(
              "team_leader_id",
              u ->
                  u.organisation().teamLeaderId() == null
                      ? null
                      : u.organisation().teamLeaderId().value()),
          text("user_type", u -> u.organisation().userType().name()),
          integer("user_rank", u -> u.organisation().rank()),
          text("tooltip", u -> u.organisation().tooltip()),
          flag("disabled", u -> u.access().disabled()),
          flag("waiting_for_approval", u -> u.access().waitingForApproval()),
          flag("is_on_travel", u -> u.access().onTravel()),
          integer("ej_user_id", u -> u.access().ejUserId()),
          text("request_signature", u -> u.access().requestSignature()),
          flag("archived", u -> u.lifecycle().archived()),
          timestamp("created_at", u -> u.lifecycle().createdAt()),
          timestamp("modified_at", u -> u.lifecycle().modifiedAt()),
          timestamp("last_login", u -> u.lifecycle().lastLogin()),
          timestamp("last_logout", u -> u.lifecycle().lastLogout()),
          number("version", u -> u.lifecycle().version()));

  private static final List<Column> ASSIGNED = COLUMNS.subList(1, COLUMNS.size());

  static final String INSERT =
      "insert into users ("
          + names(COLUMNS, c -> c.name)
          + ") values ("
          + names(COLUMNS, c -> "?")
          + ")";

  static final String UPDATE =
      "update users set " + names(ASSIGNED, Column::assignment) + " where id = ? and version = ?";

  private UserRows() {}

  static void bindInsert(PreparedStatement statement, User user) throws SQLException {
    int position = 1;
    for (Column column : COLUMNS) {
      column.binder.bind(statement, position++, user);
    }
  }

  static void bindUpdate(PreparedStatement statement, User user, long expectedVersion)
      throws SQLException {
    int position = 1;
    for (Column column : ASSIGNED) {
      column.assigned.bind(statement, position, user);
      position += column.parameters;
    }
    statement.setObject(position++, user.id().value());
    statement.setLong(position, expectedVersion);
  }

  private static String names(List<Column> columns, Function<Column, String> format) {
    return columns.stream().map(format).collect(Collectors.joining(", "));
  }

  /**
   * A column: how an insert binds it, and its assignment in an update with the parameters it takes
   * ({@code name = ?} for most).
   */
  private record Column(
      String name, Binder binder, String assignment, int parameters, Binder assigned) {
    Column(String name, Binder binder) {
      this(name, binder, name + " = ?", 1, binder);
    }
  }

  /**
   * The key column of a unique value ({@code username_key} of {@code username}). As in the adapter,
   * an update leaves an empty key (a conflict found when the keys were introduced) empty while the
   * value stays the same.
   */
  private static Column key(String valueName, Function<User, String> value) {
    String name = valueName + "_key";
    Binder key = (s, p, u) -> s.setString(p, UniqueKey.normalize(value.apply(u)));
    return new Column(
        name,
        key,
        name
            + " = case when "
            + name
            + " is null and "
            + valueName
            + " = ? then "
            + name
            + " else ? end",
        2,
        (s, p, u) -> {
          s.setString(p, value.apply(u));
          key.bind(s, p + 1, u);
        });
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement, int position, User user) throws SQLException;
  }

  private static Column text(String name, Function<User, String> value) {
    return new Column(name, (s, p, u) -> s.setString(p, value.apply(u)));
  }

  private static Column uuid(String name, Function<User, UUID> value) {
    return new Column(
        name,
        (s, p, u) -> {
          UUID id = value.apply(u);
          if (id == null) {
            s.setNull(p, Types.OTHER);
          } else {
            s.setObject(p, id);
          }
        });
  }

  private static Column integer(String name, Function<User, Integer> value) {
    return new Column(name, (s, p, u) -> s.setInt(p, value.apply(u)));
  }

  private static Column number(String name, Function<User, Long> value) {
    return new Column(name, (s, p, u) -> s.setLong(p, value.apply(u)));
  }

  private static Column flag(String name, Function<User, Boolean> value) {
    return new Column(name, (s, p, u) -> s.setBoolean(p, value.apply(u)));
  }

  private static Column date(String name, Function<User, LocalDate> value) {
    return new Column(
        name,
        (s, p, u) -> {
          LocalDate date = value.apply(u);
          if (date == null) {
            s.setNull(p, Types.DATE);
          } else {
            s.setObject(p, date, Types.DATE);
          }
        });
  }

  private static Column timestamp(String name, Function<User, Instant> value) {
    return new Column(
        name,
        (s, p, u) -> {
          Instant instant = value.apply(u);
          if (instant == null) {
            s.setNull(p, Types.TIMESTAMP_WITH_TIMEZONE);
          } else {
            s.setObject(p, instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
          }
        });
  }
}
