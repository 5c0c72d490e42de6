package io.roster.adapter.persistence;

import io.roster.domain.customfield.CustomFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.Access;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.HrData;
import io.roster.domain.user.Lifecycle;
import io.roster.domain.user.Login;
import io.roster.domain.user.Organisation;
import io.roster.domain.user.Person;
import io.roster.domain.user.PrivateContact;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A row of {@link UserColumns#SELECT} as a {@link User} without its child rows: no other groups,
 * ticket categories, licences, credentials or custom fields until {@link UserChildRows} adds them.
 */
final class UserRowMapper implements RowMapper<User> {
  @Override
  public User map(ResultSet rs, StatementContext ctx) throws SQLException {
    UUID leader = Sql.uuid(rs, "team_leader_id");
    return new User(
        UserId.of(Sql.uuid(rs, "id")),
        AssociateId.of(rs.getInt("associate_id")),
        new Login(
            rs.getString("username"),
            rs.getString("initials"),
            rs.getString("nick_name"),
            rs.getString("external_code")),
        new Person(
            rs.getString("firstname"),
            rs.getString("lastname"),
            rs.getString("email"),
            rs.getString("phone"),
            rs.getString("fax"),
            rs.getString("mobile"),
            rs.getString("skype"),
            rs.getString("notes"),
            Sql.uuid(rs, "language_id")),
        new PrivateContact(
            rs.getString("private_email"),
            rs.getString("private_phone"),
            rs.getString("private_fax"),
            rs.getString("private_mobile"),
            rs.getString("private_street"),
            rs.getString("private_street_number"),
            rs.getString("private_city"),
            rs.getString("private_zip"),
            Sql.uuid(rs, "private_country_id")),
        new HrData(
            rs.getString("emergency_contact"),
            rs.getString("bank_account"),
            rs.getString("social_security"),
            rs.getString("place_of_birth"),
            rs.getString("nationality"),
            rs.getString("functions"),
            Sql.date(rs, "birthdate")),
        new Organisation(
            SalesOrganizationId.of(Sql.uuid(rs, "sales_organization_id")),
            Sql.uuid(rs, "user_group_id"),
            Set.of(),
            Sql.uuid(rs, "role_id"),
            rs.getBoolean("is_team_leader"),
            leader == null ? null : UserId.of(leader),
            Set.of(),
            UserType.valueOf(rs.getString("user_type")),
            rs.getInt("user_rank"),
            rs.getString("tooltip")),
        new Access(
            Set.of(),
            List.of(),
            rs.getBoolean("disabled"),
            rs.getBoolean("waiting_for_approval"),
            rs.getBoolean("is_on_travel"),
            rs.getInt("ej_user_id"),
            rs.getString("request_signature")),
        CustomFields.NONE,
        new Lifecycle(
            rs.getBoolean("archived"),
            Sql.instant(rs, "created_at"),
            Sql.instant(rs, "modified_at"),
            Sql.instant(rs, "last_login"),
            Sql.instant(rs, "last_logout"),
            rs.getLong("version")));
  }
}
