package io.roster.bench.http;

import io.roster.domain.user.UniqueKey;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The baseline's {@code PUT /api/User(id)} transaction, statement for statement as Roster issues
 * it: the user row and its child rows, the references checked (in memory, and the organization by
 * id and by code), unique keys looked up when they change, the versioned update, the child rows
 * that changed and the audit record with its change rows.
 */
final class BaselineUpdate {
  static final String COLUMNS =
      "id, associate_id, username, username_key, initials, initials_key, nick_name, nick_name_key,"
          + " external_code, external_code_key, firstname, lastname, email, phone, fax, mobile, skype, notes, language_id, private_email,"
          + " private_phone, private_fax, private_mobile, private_street, private_street_number,"
          + " private_city, private_zip, private_country_id, emergency_contact, bank_account,"
          + " social_security, place_of_birth, nationality, functions, birthdate,"
          + " sales_organization_id, user_group_id, role_id, is_team_leader, team_leader_id,"
          + " user_type, user_rank, tooltip, disabled, waiting_for_approval, is_on_travel,"
          + " ej_user_id, request_signature, archived, created_at, modified_at, last_login,"
          + " last_logout, version";
  static final List<String> COLUMN_LIST =
      List.of(COLUMNS.split(",\\s*"));
  static final List<String> ASSIGNED = COLUMN_LIST.subList(1, COLUMN_LIST.size());
  static final String USER = "select " + COLUMNS + " from users where id = ?";
  /**
   * A user's child rows in one query, Roster's own ({@code UserChildRows.CHILD_ROWS} for one
   * id): kind 3 are licences, kind 5 custom fields; groups (1), ticket categories (2) and
   * credentials (4) are read and left alone, the body does not name them.
   */
  static final String CHILD_ROWS =
      "select user_id, 1 as kind, group_id as ref, null as a, null as b, null as c, 0 as ordinal"
          + " from user_other_group where user_id in (?)"
          + " union all select user_id, 2, category_id, null, null, null, 0"
          + " from user_ticket_category where user_id in (?)"
          + " union all select user_id, 3, null, licence_code, null, null, 0"
          + " from user_licence where user_id in (?)"
          + " union all select user_id, 4, null, credential_type, secret_hash, display_value, ordinal"
          + " from user_credential where user_id in (?)"
          + " union all select user_id, 5, null, name, field_value, null, 0"
          + " from user_custom_field where user_id in (?)"
          + " order by ordinal";
  static final String UPDATE =
      "update users set " + String.join(" = ?, ", ASSIGNED) + " = ? where id = ? and version = ?";
  static final String ORG_COLUMNS =
      "id, code, name, description, accountancy_code, vat_reg_code,"
          + " default_unit_of_measure_system_type, country_id, currency_id, language_id, street,"
          + " street2, street_number, zip, city, email, phone, fax, url, archived, modified_at,"
          + " version";

  /** Wello property -> users column, for the plain (string or boolean) properties. */
  static final Map<String, String> PLAIN = new LinkedHashMap<>();
  /** Wello property -> users column, for the GUID properties. */
  static final Map<String, String> GUIDS = new LinkedHashMap<>();
  static final Map<String, String> LICENCES =
      Map.of("allow_hero_app", "hero-app", "allow_sales_app", "sales-app", "allow_service_app", "service-app");

  static {
    for (String p :
        List.of(
            "username", "firstname", "lastname", "archived", "disabled", "emergency_contact",
            "social_security", "place_of_birth", "nationality", "functions", "skype", "notes",
            "is_team_leader", "email", "phone", "fax", "mobile", "private_email", "private_phone",
            "private_fax", "private_mobile", "private_street", "private_street_number",
            "private_city", "private_zip")) {
      PLAIN.put(p, p);
    }
    PLAIN.put("code", "external_code");
    PLAIN.put("bankaccount", "bank_account");
    GUIDS.put("db_language_id", "language_id");
    GUIDS.put("sales_organization_id", "sales_organization_id");
    GUIDS.put("team_leader_user_id", "team_leader_id");
    GUIDS.put("private_db_country_id", "private_country_id");
    GUIDS.put("user_group_id", "user_group_id");
  }

  /** Ends a transaction with a rollback and answers {@link #answer}. */
  static final class Refused extends RuntimeException {
    final Baseline.Answer answer;

    Refused(int status, String message) {
      super(message, null, false, false);
      this.answer = new Baseline.Answer(status, 0, new JsonObject().put("Message", message));
    }
  }

  private final Baseline.References references;

  BaselineUpdate(Baseline.References references) {
    this.references = references;
  }

  /** A user as saved: the users row and the custom fields. */
  record Saved(Map<String, Object> row, Map<String, String> custom) {}

  /** The update, in its transaction. */
  Saved update(Connection c, String actor, UUID id, JsonObject body) throws SQLException {
    Map<String, Object> row = Jdbc.one(c, USER, id);
    if (row == null) {
      throw new Refused(404, "no user " + id);
    }
    Set<String> storedLicences = new HashSet<>();
    Map<String, String> custom = new LinkedHashMap<>();
    for (Map<String, Object> r : Jdbc.list(c, CHILD_ROWS, id, id, id, id, id)) {
      switch ((Integer) r.get("kind")) {
        case 3 -> storedLicences.add((String) r.get("a"));
        case 5 -> custom.put((String) r.get("a"), (String) r.get("b"));
        default -> {}
      }
    }

    // reference checks: in memory, as Roster makes them; the organization is read, by id and by
    // code, as Roster resolves both properties
    UUID language = uuid(body, "db_language_id");
    require(language == null || references.languages().contains(language), "db_language_id");
    UUID country = uuid(body, "private_db_country_id");
    require(country == null || references.countries().containsKey(country), "private_db_country_id");
    String countryCode = body.getString("private_db_country_code");
    require(
        countryCode == null || references.countries().values().stream().anyMatch(countryCode::equalsIgnoreCase),
        "private_db_country_code");
    UUID org = uuid(body, "sales_organization_id");
    if (org != null) {
      require(Jdbc.one(c, "select " + ORG_COLUMNS + " from sales_organization where id = ?", org) != null, "sales_organization_id");
    }
    String orgCode = body.getString("sales_organization_code");
    if (orgCode != null) {
      require(Jdbc.one(c, "select " + ORG_COLUMNS + " from sales_organization where code = ?", orgCode) != null, "sales_organization_code");
    }
    Set<String> licences = new HashSet<>();
    LICENCES.forEach(
        (property, code) -> {
          if (Boolean.TRUE.equals(body.getBoolean(property))) {
            require(references.licences().contains(code), property);
            licences.add(code);
          }
        });
    // unique keys are looked up only when they change: a key the user holds is theirs
    String username = body.getString("username");
    String usernameKey = UniqueKey.normalize(username);
    if (!usernameKey.equals(row.get("username_key"))) {
      Map<String, Object> holder = Jdbc.one(c, "select id from users where username_key = ?", usernameKey);
      if (holder != null && !id.equals(holder.get("id"))) {
        throw new Refused(409, "username taken");
      }
    }
    String codeKey = UniqueKey.normalize(body.getString("code"));
    if (codeKey != null && !codeKey.equals(row.get("external_code_key"))) {
      Map<String, Object> holder = Jdbc.one(c, "select id from users where external_code_key = ?", codeKey);
      if (holder != null && !id.equals(holder.get("id"))) {
        throw new Refused(409, "code taken");
      }
    }

    // the new row and what changed
    List<String[]> changes = new ArrayList<>();
    Map<String, Object> next = new LinkedHashMap<>(row);
    PLAIN.forEach((property, column) -> next.put(column, body.getValue(property)));
    GUIDS.forEach((property, column) -> next.put(column, uuid(body, property)));
    next.put("username_key", usernameKey);
    next.put("external_code_key", codeKey);
    String birthdate = body.getString("birthdate");
    next.put("birthdate", birthdate == null ? null : LocalDate.parse(birthdate.substring(0, 10)));
    for (Map.Entry<String, Object> e : next.entrySet()) {
      Object before = row.get(e.getKey());
      if (!Objects.equals(text(before), text(e.getValue()))) {
        changes.add(new String[] {e.getKey(), text(before), text(e.getValue())});
      }
    }
    Map<String, String> nextCustom = new LinkedHashMap<>(custom);
    for (int i = 1; i <= 100; i++) {
      String name = "udf" + i;
      String value = body.getString(name);
      String before = custom.get(name);
      if (value == null || value.isEmpty()) {
        nextCustom.remove(name);
      } else {
        nextCustom.put(name, value);
      }
      if (!Objects.equals(before, nextCustom.get(name))) {
        changes.add(new String[] {"customFields." + name, before, nextCustom.get(name)});
      }
    }
    if (!storedLicences.equals(licences)) {
      changes.add(new String[] {"licences", String.valueOf(new TreeSet<>(storedLicences)), String.valueOf(new TreeSet<>(licences))});
    }
    if (changes.isEmpty()) {
      return new Saved(row, custom);
    }

    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long version = (Long) row.get("version");
    next.put("modified_at", now);
    next.put("version", version + 1);
    try (PreparedStatement s = c.prepareStatement(UPDATE)) {
      int i = 1;
      for (String column : ASSIGNED) {
        s.setObject(i++, next.get(column));
      }
      s.setObject(i++, id);
      s.setLong(i, version);
      if (s.executeUpdate() == 0) {
        throw new Refused(412, "changed meanwhile");
      }
    }
    writeChildRows(c, id, storedLicences, licences, custom, nextCustom);
    audit(c, actor, id, now, changes);
    return new Saved(next, nextCustom);
  }


  /** Only the child rows that differ, as Roster writes them: none for the benchmark's body. */
  private static void writeChildRows(
      Connection c,
      UUID id,
      Set<String> storedLicences,
      Set<String> licences,
      Map<String, String> custom,
      Map<String, String> nextCustom)
      throws SQLException {
    for (String gone : storedLicences) {
      if (!licences.contains(gone)) {
        Jdbc.execute(c, "delete from user_licence where user_id = ? and licence_code = ?", id, gone);
      }
    }
    Set<String> added = new TreeSet<>(licences);
    added.removeAll(storedLicences);
    if (!added.isEmpty()) {
      try (PreparedStatement s = c.prepareStatement("insert into user_licence (user_id, licence_code) values (?, ?)")) {
        for (String licence : added) {
          s.setObject(1, id);
          s.setString(2, licence);
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    for (String name : custom.keySet()) {
      if (!nextCustom.containsKey(name)) {
        Jdbc.execute(c, "delete from user_custom_field where user_id = ? and name = ?", id, name);
      }
    }
    for (Map.Entry<String, String> e : nextCustom.entrySet()) {
      String old = custom.get(e.getKey());
      if (old == null) {
        Jdbc.execute(c, "insert into user_custom_field (user_id, name, field_value) values (?, ?, ?)", id, e.getKey(), e.getValue());
      } else if (!old.equals(e.getValue())) {
        Jdbc.execute(c, "update user_custom_field set field_value = ? where user_id = ? and name = ?", e.getValue(), id, e.getKey());
      }
    }
  }

  /** The audit record of the update and a row per change. */
  private static void audit(
      Connection c, String actor, UUID id, OffsetDateTime now, List<String[]> changes)
      throws SQLException {
    long record;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into audit_record (recorded_at, actor, subject_type, subject_id, action)"
                + " values (?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      s.setObject(1, now);
      s.setString(2, actor);
      s.setString(3, "User");
      s.setString(4, id.toString());
      s.setString(5, "UPDATE");
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        record = keys.getLong(1);
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into audit_change (record_id, ordinal, field, before_value, after_value)"
                + " values (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < changes.size(); i++) {
        String[] change = changes.get(i);
        s.setLong(1, record);
        s.setInt(2, i);
        s.setString(3, change[0]);
        s.setString(4, change[1]);
        s.setString(5, change[2]);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void require(boolean found, String property) {
    if (!found) {
      throw new Refused(400, property + " names nothing");
    }
  }

  static UUID uuid(JsonObject body, String property) {
    String value = body.getString(property);
    return value == null ? null : UUID.fromString(value);
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
