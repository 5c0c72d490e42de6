package io.roster.adapter.persistence;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.out.Account;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.credential.Credential;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.field.Field;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.Access;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.HrData;
import io.roster.domain.user.Lifecycle;
import io.roster.domain.user.Login;
import io.roster.domain.user.Organisation;
import io.roster.domain.user.Person;
import io.roster.domain.user.PrivateContact;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserKey;
import io.roster.domain.user.UserType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Users in the {@code users} table and its child tables (groups, ticket categories, licences,
 * credentials, custom fields). An update writes only the child rows that differ from the stored
 * user; a read fetches the child rows of every user it returns in one query.
 */
final class JdbiUserRepository implements UserRepository {
  private static final String COLUMNS =
      "id, associate_id, username, username_key, initials, initials_key, nick_name, nick_name_key,"
          + " external_code, external_code_key, firstname, lastname, email, phone, fax, mobile, skype, notes, language_id, private_email,"
          + " private_phone, private_fax, private_mobile, private_street, private_street_number,"
          + " private_city, private_zip, private_country_id, emergency_contact, bank_account,"
          + " social_security, place_of_birth, nationality, functions, birthdate,"
          + " sales_organization_id, user_group_id, role_id, is_team_leader, team_leader_id,"
          + " user_type, user_rank, tooltip, disabled, waiting_for_approval, is_on_travel,"
          + " ej_user_id, request_signature, archived, created_at, modified_at, last_login,"
          + " last_logout, version";
  private static final String VALUES = ":" + COLUMNS.replace(", ", ", :").replace(",\n", ",");
  private static final String ASSIGNMENTS = assignments();

  /** Each unique value's key column ({@link UniqueKey#normalize}), by the kind of key. */
  private static final Map<UniqueKey.Kind, String> KEY_COLUMNS =
      Map.of(
          UniqueKey.Kind.USERNAME, "username_key",
          UniqueKey.Kind.INITIALS, "initials_key",
          UniqueKey.Kind.NICK_NAME, "nick_name_key",
          UniqueKey.Kind.EXTERNAL_CODE, "external_code_key");

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

  /** The fields a list may be ordered by, and the expression each sorts by (texts ignoring case). */
  static final Map<Field<?, ?>, String> ORDER_COLUMNS =
      Map.ofEntries(
          Map.entry(UserFields.USERNAME, "username_key"),
          Map.entry(UserFields.INITIALS, "lower(initials)"),
          Map.entry(UserFields.NICK_NAME, "lower(nick_name)"),
          Map.entry(UserFields.FIRSTNAME, "lower(firstname)"),
          Map.entry(UserFields.LASTNAME, "lower(lastname)"),
          Map.entry(UserFields.EMAIL, "lower(email)"),
          Map.entry(UserFields.RANK, "user_rank"));

  private final Transactions transactions;
  private final Dialect dialect;

  JdbiUserRepository(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  @Override
  public Optional<User> find(UserKey key) {
    String column = key instanceof UserId ? "id" : "associate_id";
    Object value = key instanceof UserId id ? id.value() : ((AssociateId) key).value();
    return one("select " + COLUMNS + " from users where " + column + " = :value", value);
  }

  @Override
  public Optional<Account> account(UserId id) {
    return transactions.withHandle(
        h ->
            h.createQuery(
                    "select username, role_id, archived, disabled, waiting_for_approval from users where id = :id")
                .bind("id", id.value())
                .map(
                    (rs, ctx) ->
                        new Account(
                            id, rs.getString(1), rs.getObject(2, UUID.class), rs.getBoolean(3),
                            rs.getBoolean(4), rs.getBoolean(5)))
                .findOne());
  }

  @Override
  public Optional<User> findByUsername(String username) {
    String key = UniqueKey.normalize(username);
    if (key == null) {
      return Optional.empty();
    }
    return one("select " + COLUMNS + " from users where username_key = :value", key);
  }

  @Override
  public Optional<UserId> holderOf(UniqueKey key) {
    return transactions.withHandle(
        h ->
            h.createQuery("select id from users where " + KEY_COLUMNS.get(key.kind()) + " = :value")
                .bind("value", key.value())
                .map((rs, ctx) -> UserId.of(Sql.uuid(rs, "id")))
                .findOne());
  }

  @Override
  public boolean hasTeamMembers(UserId leader) {
    return transactions.withHandle(
        h ->
            h.createQuery("select 1 from users where team_leader_id = :leader limit 1")
                .bind("leader", leader.value())
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
  }

  @Override
  public AssociateId nextAssociateId() {
    return transactions.withHandle(
        h ->
            AssociateId.of(
                h.createQuery(dialect.nextValue("associate_id_seq")).mapTo(Integer.class).one()));
  }

  @Override
  public void insert(User user) {
    transactions.withHandle(
        h -> {
          bind(h.createUpdate("insert into users (" + COLUMNS + ") values (" + VALUES + ")"), user)
              .execute();
          writeChildren(h, user);
          return null;
        });
  }

  @Override
  public void update(User stored, User user) {
    transactions.withHandle(
        h -> {
          int rows =
              bind(
                      h.createUpdate(
                          "update users set " + ASSIGNMENTS + " where id = :id and version = :expected"),
                      user)
                  .bind("expected", stored.lifecycle().version())
                  .execute();
          if (rows == 0) {
            throw new VersionConflict("User", user.id());
          }
          // The version matched, so the child rows are still those of stored.
          updateChildren(h, stored, user);
          return null;
        });
  }

  @Override
  public Page<User> find(ListQuery query) {
    PageQuery page =
        new PageQuery(
            query,
            FILTER_COLUMNS,
            List.of(
                "lower(username)", "lower(initials)", "lower(nick_name)", "lower(firstname)",
                "lower(lastname)", "lower(email)"));
    // One transaction, so that the page, its total and the child rows are one snapshot.
    return transactions.reading(() -> transactions.withHandle(
        h -> {
          long total = page.count(h, "users");
          List<UserRow> rows =
              page.select(h, "select " + COLUMNS + " from users", PageQuery.orderBy(query.order(), ORDER_COLUMNS, "associate_id"))
                  .map((rs, ctx) -> UserRow.read(rs))
                  .list();
          return new Page<>(assemble(h, rows), total, query.offset());
        }));
  }

  /** A user row and its child rows, read in one transaction so they are one snapshot. */
  private Optional<User> one(String sql, Object value) {
    return transactions.reading(() -> transactions.withHandle(
        h -> {
          List<UserRow> rows =
              h.createQuery(sql).bind("value", value).map((rs, ctx) -> UserRow.read(rs)).list();
          return assemble(h, rows).stream().findFirst();
        }));
  }

  private static Update bind(Update update, User u) {
    Login login = u.login();
    Person person = u.person();
    PrivateContact home = u.privateContact();
    HrData hr = u.hr();
    Organisation org = u.organisation();
    Access access = u.access();
    Lifecycle life = u.lifecycle();
    return update
        .bind("id", u.id().value())
        .bind("associate_id", u.associateId().value())
        .bind("username", login.username())
        .bind("username_key", UniqueKey.normalize(login.username()))
        .bind("initials", login.initials())
        .bind("initials_key", UniqueKey.normalize(login.initials()))
        .bind("nick_name", login.nickName())
        .bind("nick_name_key", UniqueKey.normalize(login.nickName()))
        .bind("external_code", login.externalCode())
        .bind("external_code_key", UniqueKey.normalize(login.externalCode()))
        .bind("firstname", person.firstname())
        .bind("lastname", person.lastname())
        .bind("email", person.email())
        .bind("phone", person.phone())
        .bind("fax", person.fax())
        .bind("mobile", person.mobile())
        .bind("skype", person.skype())
        .bind("notes", person.notes())
        .bind("language_id", Sql.uuid(person.language()))
        .bind("private_email", home.email())
        .bind("private_phone", home.phone())
        .bind("private_fax", home.fax())
        .bind("private_mobile", home.mobile())
        .bind("private_street", home.street())
        .bind("private_street_number", home.streetNumber())
        .bind("private_city", home.city())
        .bind("private_zip", home.zip())
        .bind("private_country_id", Sql.uuid(home.country()))
        .bind("emergency_contact", hr.emergencyContact())
        .bind("bank_account", hr.bankAccount())
        .bind("social_security", hr.socialSecurity())
        .bind("place_of_birth", hr.placeOfBirth())
        .bind("nationality", hr.nationality())
        .bind("functions", hr.functions())
        .bind("birthdate", hr.birthdate())
        .bind("sales_organization_id", org.salesOrganization().value())
        .bind("user_group_id", Sql.uuid(org.userGroup()))
        .bind("role_id", Sql.uuid(org.role()))
        .bind("is_team_leader", org.teamLeader())
        .bind("team_leader_id", Sql.uuid(org.teamLeaderId() == null ? null : org.teamLeaderId().value()))
        .bind("user_type", org.userType().name())
        .bind("user_rank", org.rank())
        .bind("tooltip", org.tooltip())
        .bind("disabled", access.disabled())
        .bind("waiting_for_approval", access.waitingForApproval())
        .bind("is_on_travel", access.onTravel())
        .bind("ej_user_id", access.ejUserId())
        .bind("request_signature", access.requestSignature())
        .bind("archived", life.archived())
        .bind("created_at", Sql.timestamp(life.createdAt()))
        .bind("modified_at", Sql.timestamp(life.modifiedAt()))
        .bind("last_login", Sql.timestamp(life.lastLogin()))
        .bind("last_logout", Sql.timestamp(life.lastLogout()))
        .bind("version", life.version());
  }

  /**
   * Brings the user's child rows from {@code stored} to {@code user}, touching only the rows that
   * differ: a PUT that changes one field must not rewrite a hundred custom-field rows.
   */
  private static void updateChildren(Handle h, User stored, User user) {
    UUID id = user.id().value();
    updateSet(h, "user_other_group", "group_id", id,
        user.organisation().otherGroups(), stored.organisation().otherGroups());
    updateSet(h, "user_ticket_category", "category_id", id,
        user.organisation().ticketCategories(), stored.organisation().ticketCategories());
    updateSet(h, "user_licence", "licence_code", id, user.access().licences(), stored.access().licences());
    if (!stored.access().credentials().equals(user.access().credentials())) {
      h.createUpdate("delete from user_credential where user_id = :user").bind("user", id).execute();
      writeCredentials(h, id, user.access().credentials());
    }
    Map<String, String> before = stored.customFields().values();
    Map<String, String> after = user.customFields().values();
    for (String name : before.keySet()) {
      if (!after.containsKey(name)) {
        h.createUpdate("delete from user_custom_field where user_id = :user and name = :name")
            .bind("user", id).bind("name", name).execute();
      }
    }
    after.forEach(
        (name, value) -> {
          String old = before.get(name);
          if (old == null) {
            h.createUpdate("insert into user_custom_field (user_id, name, field_value) values (:user, :name, :value)")
                .bind("user", id).bind("name", name).bind("value", value).execute();
          } else if (!old.equals(value)) {
            h.createUpdate("update user_custom_field set field_value = :value where user_id = :user and name = :name")
                .bind("user", id).bind("name", name).bind("value", value).execute();
          }
        });
  }

  private static <T> void updateSet(Handle h, String table, String column, UUID user, Set<T> wanted, Set<T> stored) {
    for (T value : stored) {
      if (!wanted.contains(value)) {
        h.createUpdate("delete from " + table + " where user_id = :user and " + column + " = :value")
            .bind("user", user).bind("value", value).execute();
      }
    }
    Set<T> added = new HashSet<>(wanted);
    added.removeAll(stored);
    batch(h, "insert into " + table + " (user_id, " + column + ") values (:user, :value)", user, added);
  }

  private static void writeChildren(Handle h, User user) {
    UUID id = user.id().value();
    batch(h, "insert into user_other_group (user_id, group_id) values (:user, :value)", id,
        user.organisation().otherGroups());
    batch(h, "insert into user_ticket_category (user_id, category_id) values (:user, :value)", id,
        user.organisation().ticketCategories());
    batch(h, "insert into user_licence (user_id, licence_code) values (:user, :value)", id,
        user.access().licences());
    writeCredentials(h, id, user.access().credentials());
    Map<String, String> custom = user.customFields().values();
    if (!custom.isEmpty()) {
      PreparedBatch batch =
          h.prepareBatch(
              "insert into user_custom_field (user_id, name, field_value) values (:user, :name, :value)");
      custom.forEach((name, value) -> batch.bind("user", id).bind("name", name).bind("value", value).add());
      batch.execute();
    }
  }

  private static void writeCredentials(Handle h, UUID id, List<Credential> credentials) {
    if (!credentials.isEmpty()) {
      PreparedBatch batch =
          h.prepareBatch(
              "insert into user_credential (user_id, ordinal, credential_type, secret_hash, display_value)"
                  + " values (:user, :ordinal, :type, :hash, :display)");
      for (int i = 0; i < credentials.size(); i++) {
        Credential c = credentials.get(i);
        batch.bind("user", id).bind("ordinal", i).bind("type", c.type())
            .bind("hash", c.secretHash()).bind("display", c.displayValue()).add();
      }
      batch.execute();
    }
  }

  private static void batch(Handle h, String sql, UUID user, Set<?> values) {
    if (values.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(sql);
    values.forEach(value -> batch.bind("user", user).bind("value", value).add());
    batch.execute();
  }

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

  /** The users of {@code rows} with their child rows. */
  private static List<User> assemble(Handle h, List<UserRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, Children> children = new HashMap<>();
    h.createQuery(CHILD_ROWS)
        .bindList("ids", rows.stream().map(UserRow::id).toList())
        .map(
            (rs, ctx) -> {
              children.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Children()).add(rs);
              return null;
            })
        .list();
    return rows.stream()
        .map(row -> row.toUser(children.getOrDefault(row.id(), Children.NONE)))
        .toList();
  }

  /** A user's rows in the child tables. */
  private static final class Children {
    static final Children NONE = new Children();

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
        case 4 -> credentials.add(new Credential(rs.getString(4), rs.getString(5), rs.getString(6)));
        case 5 -> customFields.put(rs.getString(4), rs.getString(5));
        default -> throw new IllegalStateException("unknown child row kind " + kind);
      }
    }
  }

  /**
   * The {@code set} of an update. A key column left empty by the migration to unique keys (its
   * value was another user's key too, see {@code unique_key_conflict}) stays empty while the value
   * stays as it is; a changed value takes its key, or is refused when another user holds it.
   */
  private static String assignments() {
    StringBuilder sql = new StringBuilder();
    for (String column : COLUMNS.split(",")) {
      String name = column.trim();
      if (name.equals("id")) {
        continue;
      }
      sql.append(sql.length() == 0 ? "" : ", ").append(name).append(" = ");
      if (name.endsWith("_key")) {
        String value = name.substring(0, name.length() - "_key".length());
        sql.append("case when ").append(name).append(" is null and ").append(value).append(" = :")
            .append(value).append(" then ").append(name).append(" else :").append(name).append(" end");
      } else {
        sql.append(":").append(name);
      }
    }
    return sql.toString();
  }

  /** The columns of one {@code users} row, before its child rows are added. */
  private record UserRow(UUID id, ResultSetValues values) {
    static UserRow read(ResultSet rs) throws SQLException {
      return new UserRow(Sql.uuid(rs, "id"), ResultSetValues.of(rs));
    }

    User toUser(Children children) {
      ResultSetValues v = values;
      UUID leader = v.uuid("team_leader_id");
      return new User(
          UserId.of(id),
          AssociateId.of(v.integer("associate_id")),
          new Login(v.text("username"), v.text("initials"), v.text("nick_name"), v.text("external_code")),
          new Person(
              v.text("firstname"), v.text("lastname"), v.text("email"), v.text("phone"),
              v.text("fax"), v.text("mobile"), v.text("skype"), v.text("notes"),
              v.uuid("language_id")),
          new PrivateContact(
              v.text("private_email"), v.text("private_phone"), v.text("private_fax"),
              v.text("private_mobile"), v.text("private_street"), v.text("private_street_number"),
              v.text("private_city"), v.text("private_zip"), v.uuid("private_country_id")),
          new HrData(
              v.text("emergency_contact"), v.text("bank_account"), v.text("social_security"),
              v.text("place_of_birth"), v.text("nationality"), v.text("functions"),
              v.date("birthdate")),
          new Organisation(
              SalesOrganizationId.of(v.uuid("sales_organization_id")),
              v.uuid("user_group_id"),
              children.groups,
              v.uuid("role_id"),
              v.flag("is_team_leader"),
              leader == null ? null : UserId.of(leader),
              children.categories,
              UserType.valueOf(v.text("user_type")),
              v.integer("user_rank"),
              v.text("tooltip")),
          new Access(
              children.licences,
              children.credentials,
              v.flag("disabled"),
              v.flag("waiting_for_approval"),
              v.flag("is_on_travel"),
              v.integer("ej_user_id"),
              v.text("request_signature")),
          new CustomFields(children.customFields),
          new Lifecycle(
              v.flag("archived"),
              v.instant("created_at"),
              v.instant("modified_at"),
              v.instant("last_login"),
              v.instant("last_logout"),
              v.number("version")));
    }
  }
}
