package io.roster.adapter.persistence;

import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import java.util.Map;

/**
 * The columns of the {@code users} table, written once: the select, insert and update of a user's
 * row, and the binding of a user's values to them. The child tables are {@link UserChildRows}'.
 */
final class UserColumns {
  /**
   * Each unique value's column, by the kind of key; its key column is named {@code <column>_key}.
   */
  private static final Map<UniqueKey.Kind, String> UNIQUE_VALUES =
      Map.of(
          UniqueKey.Kind.USERNAME, "username",
          UniqueKey.Kind.INITIALS, "initials",
          UniqueKey.Kind.NICK_NAME, "nick_name",
          UniqueKey.Kind.EXTERNAL_CODE, "external_code");

  static final Columns<User> COLUMNS =
      Columns.<User>builder()
          .value("id", u -> u.id().value())
          .integer("associate_id", u -> u.associateId().value())
          .text("username", u -> u.login().username())
          .add(key(UniqueKey.Kind.USERNAME))
          .text("initials", u -> u.login().initials())
          .add(key(UniqueKey.Kind.INITIALS))
          .text("nick_name", u -> u.login().nickName())
          .add(key(UniqueKey.Kind.NICK_NAME))
          .text("external_code", u -> u.login().externalCode())
          .add(key(UniqueKey.Kind.EXTERNAL_CODE))
          .text("firstname", u -> u.person().firstname())
          .text("lastname", u -> u.person().lastname())
          .text("email", u -> u.person().email())
          .text("phone", u -> u.person().phone())
          .text("fax", u -> u.person().fax())
          .text("mobile", u -> u.person().mobile())
          .text("skype", u -> u.person().skype())
          .text("notes", u -> u.person().notes())
          .uuid("language_id", u -> u.person().language())
          .text("private_email", u -> u.privateContact().email())
          .text("private_phone", u -> u.privateContact().phone())
          .text("private_fax", u -> u.privateContact().fax())
          .text("private_mobile", u -> u.privateContact().mobile())
          .text("private_street", u -> u.privateContact().street())
          .text("private_street_number", u -> u.privateContact().streetNumber())
          .text("private_city", u -> u.privateContact().city())
          .text("private_zip", u -> u.privateContact().zip())
          .uuid("private_country_id", u -> u.privateContact().country())
          .text("emergency_contact", u -> u.hr().emergencyContact())
          .text("bank_account", u -> u.hr().bankAccount())
          .text("social_security", u -> u.hr().socialSecurity())
          .text("place_of_birth", u -> u.hr().placeOfBirth())
          .text("nationality", u -> u.hr().nationality())
          .text("functions", u -> u.hr().functions())
          .value("birthdate", u -> u.hr().birthdate())
          .value("sales_organization_id", u -> u.organisation().salesOrganization().value())
          .uuid("user_group_id", u -> u.organisation().userGroup())
          .uuid("role_id", u -> u.organisation().role())
          .flag("is_team_leader", u -> u.organisation().teamLeader())
          .uuid(
              "team_leader_id",
              u ->
                  u.organisation().teamLeaderId() == null
                      ? null
                      : u.organisation().teamLeaderId().value())
          .text("user_type", u -> u.organisation().userType().name())
          .integer("user_rank", u -> u.organisation().rank())
          .text("tooltip", u -> u.organisation().tooltip())
          .flag("disabled", u -> u.access().disabled())
          .flag("waiting_for_approval", u -> u.access().waitingForApproval())
          .flag("is_on_travel", u -> u.access().onTravel())
          .integer("ej_user_id", u -> u.access().ejUserId())
          .text("request_signature", u -> u.access().requestSignature())
          .flag("archived", u -> u.lifecycle().archived())
          .timestamp("created_at", u -> u.lifecycle().createdAt())
          .timestamp("modified_at", u -> u.lifecycle().modifiedAt())
          .timestamp("last_login", u -> u.lifecycle().lastLogin())
          .timestamp("last_logout", u -> u.lifecycle().lastLogout())
          .number("version", u -> u.lifecycle().version())
          .build();

  /** {@code select} every column {@code from users}, for {@link UserRowMapper}. */
  static final String SELECT = "select " + COLUMNS.names() + " from users";

  static final String INSERT =
      "insert into users (" + COLUMNS.names() + ") values (" + COLUMNS.parameters() + ")";

  /** Every column of the row with the id, if it still has the version {@code :expected}. */
  static final String UPDATE =
      "update users set " + COLUMNS.assignments() + " where id = :id and version = :expected";

  private UserColumns() {}

  /** The column holding the normalized value ({@link UniqueKey#normalize}) of a kind of key. */
  static String keyColumn(UniqueKey.Kind kind) {
    return UNIQUE_VALUES.get(kind) + "_key";
  }

  /**
   * The key column of a unique value. An update leaves a key column that the migration to unique
   * keys left empty (its value was another user's key too, see {@code unique_key_conflict}) empty
   * while the value stays as it is; a changed value takes its key, or is refused when another user
   * holds it.
   */
  private static Columns.Column<User> key(UniqueKey.Kind kind) {
    String value = UNIQUE_VALUES.get(kind);
    String key = keyColumn(kind);
    return new Columns.Column<>(
        key,
        String.class,
        u -> UniqueKey.normalize(kind.source().get(u)),
        key
            + " = case when "
            + key
            + " is null and "
            + value
            + " = :"
            + value
            + " then "
            + key
            + " else :"
            + key
            + " end");
  }
}
