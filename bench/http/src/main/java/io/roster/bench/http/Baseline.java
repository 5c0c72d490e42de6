package io.roster.bench.http;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.adapter.persistence.PersistenceSettings;
import io.roster.domain.user.UniqueKey;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The floor Roster is measured against: a bare Vert.x HTTP server that answers {@code PUT
 * /api/User(id)} by parsing the body with {@link JsonObject} and running, on a worker pool as large
 * as Roster's, over plain JDBC on a HikariCP pool as large as Roster's, on an H2 file opened with
 * the same URL options, the statements Roster issues for such a PUT (as an H2 trace of Roster shows
 * them): the caller the {@code Bearer} token names (one query on the users row, auto-commit); in a
 * transaction, the user row and its child rows, the sales organization by id
 * and by code, the versioned update, the child rows that changed (none for the benchmark's body)
 * and the audit record with its change rows; after the commit, the organization again to present
 * the answer. Reference data (languages, countries, licences) is read once at start, as Roster
 * serves it from memory. It has none of Roster's layers: no router, no token signature, no Jackson
 * mapping, no domain model, no drafts, no field rules, no access rights.
 *
 * <p>Usage: {@code Baseline <port> <dataDir> <users> <outDir>}. Creates the schema with Roster's
 * own Flyway migrations, seeds an administrator, one sales organization and {@code users} users
 * with plain JDBC, writes {@code ids.txt}, {@code refs.properties} and {@code token.txt} (the
 * administrator's id, which this server takes as its bearer token) to {@code outDir}, then serves
 * until killed. With {@code -Dbaseline.trace=true} H2 writes every statement to {@code
 * <dataDir>/roster.trace.db}, to compare with a trace of Roster.
 */
public final class Baseline {
  static final int POOL = PersistenceSettings.DEFAULT_POOL_SIZE;

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

  private static final Pattern ITEM = Pattern.compile("(?i)^/api/user(?:\\(([^)/]*)\\)|/([^/()]+))/?$");
  private static final DateTimeFormatter WELLO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx");

  private final HikariDataSource pool;
  private final References references;

  Baseline(HikariDataSource pool, References references) {
    this.pool = pool;
    this.references = references;
  }

  /** The reference rows a user names, read once: Roster keeps them in memory too. */
  record References(Set<UUID> languages, Map<UUID, String> countries, Set<String> licences) {
    static References load(DataSource pool) throws SQLException {
      try (Connection c = pool.getConnection()) {
        Map<UUID, String> countries = new HashMap<>();
        list(c, "select id, code from ref_country").forEach(r -> countries.put((UUID) r.get("id"), (String) r.get("code")));
        return new References(
            Set.copyOf(list(c, "select id from ref_language").stream().map(r -> (UUID) r.get("id")).toList()),
            countries,
            Set.copyOf(list(c, "select code from ref_module_licence").stream().map(r -> (String) r.get("code")).toList()));
      }
    }
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]);
    int users = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    Files.createDirectories(out);

    PersistenceSettings settings = PersistenceSettings.h2File(dataDir);
    if (Boolean.getBoolean("baseline.trace")) {
      settings =
          new PersistenceSettings(
              settings.jdbcUrl() + ";TRACE_LEVEL_FILE=2", settings.user(), settings.password(),
              settings.poolSize(), settings.connectionTimeout());
    }
    JdbiPersistence.start(settings).close(); // Roster's own migrations, then its pool is closed

    HikariConfig config = new HikariConfig();
    config.setPoolName("baseline");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(POOL);
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setAutoCommit(true);
    HikariDataSource pool = new HikariDataSource(config);
    Seeding.seed(pool, users, out);

    Baseline baseline = new Baseline(pool, References.load(pool));
    Vertx vertx = Vertx.vertx();
    WorkerExecutor workers = vertx.createSharedWorkerExecutor("baseline-workers", POOL);
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(request -> baseline.handle(request, workers))
            .listen(port)
            .await();
    System.out.println("baseline listening on " + server.actualPort());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close().await();
                  vertx.close().await();
                  pool.close();
                }));
  }

  void handle(HttpServerRequest request, WorkerExecutor workers) {
    Matcher m = ITEM.matcher(request.path());
    if (request.method() != HttpMethod.PUT || !m.matches()) {
      request.response().setStatusCode(404).end();
      return;
    }
    UUID id;
    UUID caller;
    try {
      id = UUID.fromString(m.group(1) != null ? m.group(1) : m.group(2));
      caller = bearer(request.getHeader("Authorization"));
    } catch (IllegalArgumentException e) {
      request.response().setStatusCode(400).end();
      return;
    }
    if (caller == null) {
      request.response().setStatusCode(401).end();
      return;
    }
    request
        .body()
        .onFailure(e -> request.response().setStatusCode(400).end())
        .onSuccess(
            buffer -> {
              JsonObject body;
              try {
                body = buffer.toJsonObject();
              } catch (RuntimeException e) {
                request.response().setStatusCode(400).end();
                return;
              }
              workers
                  .executeBlocking(() -> put(caller, id, body), false)
                  .onSuccess(
                      answer ->
                          request
                              .response()
                              .setStatusCode(answer.status)
                              .putHeader("Content-Type", "application/json; charset=utf-8")
                              .putHeader("ETag", "\"" + answer.version + "\"")
                              .end(answer.body.toBuffer()))
                  .onFailure(
                      e ->
                          request
                              .response()
                              .setStatusCode(500)
                              .end(new JsonObject().put("Message", String.valueOf(e)).encode()));
            });
  }

  /** The user id an {@code Authorization: Bearer} header names; null when there is none. */
  private static UUID bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return UUID.fromString(authorization.substring(7).trim());
  }

  record Answer(int status, long version, JsonObject body) {}

  /** Ends a transaction with a rollback and answers {@link #answer}. */
  static final class Refused extends RuntimeException {
    final Answer answer;

    Refused(int status, String message) {
      super(message, null, false, false);
      this.answer = new Answer(status, 0, new JsonObject().put("Message", message));
    }
  }

  Answer put(UUID callerId, UUID id, JsonObject body) throws SQLException {
    try {
      // Roster authenticates before the update: one query on its own connection, auto-commit
      String caller;
      try (Connection c = pool.getConnection()) {
        caller = caller(c, callerId);
      }
      if (caller == null) {
        return new Answer(401, 0, new JsonObject().put("Message", "no such user, or they may not log on"));
      }
      Saved saved = inTransaction(c -> update(c, caller, id, body));
      // after the commit, Roster reads the organization again to present the answer, on a
      // connection of its own; the country's code comes from the reference data in memory
      Map<String, Object> org;
      try (Connection c = pool.getConnection()) {
        org = one(c, "select " + ORG_COLUMNS + " from sales_organization where id = ?", saved.row().get("sales_organization_id"));
      }
      return new Answer(200, (Long) saved.row().get("version"), present(id, saved, body, org));
    } catch (Refused e) {
      return e.answer;
    }
  }

  /** The caller's user name, if the token names a user who may log on: read as Roster reads it. */
  private static String caller(Connection c, UUID id) throws SQLException {
    Map<String, Object> row =
        one(c, "select username, role_id, archived, disabled, waiting_for_approval from users where id = ?", id);
    if (row == null) {
      return null;
    }
    boolean mayLogOn =
        !(Boolean) row.get("archived") && !(Boolean) row.get("disabled") && !(Boolean) row.get("waiting_for_approval");
    return mayLogOn ? (String) row.get("username") : null;
  }

  /** A user as saved: the users row and the custom fields. */
  record Saved(Map<String, Object> row, Map<String, String> custom) {}

  /** The update, in its transaction. */
  private Saved update(Connection c, String actor, UUID id, JsonObject body) throws SQLException {
    Map<String, Object> row = one(c, USER, id);
    if (row == null) {
      throw new Refused(404, "no user " + id);
    }
    Set<String> storedLicences = new HashSet<>();
    Map<String, String> custom = new LinkedHashMap<>();
    for (Map<String, Object> r : list(c, CHILD_ROWS, id, id, id, id, id)) {
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
      require(one(c, "select " + ORG_COLUMNS + " from sales_organization where id = ?", org) != null, "sales_organization_id");
    }
    String orgCode = body.getString("sales_organization_code");
    if (orgCode != null) {
      require(one(c, "select " + ORG_COLUMNS + " from sales_organization where code = ?", orgCode) != null, "sales_organization_code");
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
      Map<String, Object> holder = one(c, "select id from users where username_key = ?", usernameKey);
      if (holder != null && !id.equals(holder.get("id"))) {
        throw new Refused(409, "username taken");
      }
    }
    String codeKey = UniqueKey.normalize(body.getString("code"));
    if (codeKey != null && !codeKey.equals(row.get("external_code_key"))) {
      Map<String, Object> holder = one(c, "select id from users where external_code_key = ?", codeKey);
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
    // only the child rows that differ, as Roster writes them: none for the benchmark's body
    for (String gone : storedLicences) {
      if (!licences.contains(gone)) {
        execute(c, "delete from user_licence where user_id = ? and licence_code = ?", id, gone);
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
        execute(c, "delete from user_custom_field where user_id = ? and name = ?", id, name);
      }
    }
    for (Map.Entry<String, String> e : nextCustom.entrySet()) {
      String old = custom.get(e.getKey());
      if (old == null) {
        execute(c, "insert into user_custom_field (user_id, name, field_value) values (?, ?, ?)", id, e.getKey(), e.getValue());
      } else if (!old.equals(e.getValue())) {
        execute(c, "update user_custom_field set field_value = ? where user_id = ? and name = ?", e.getValue(), id, e.getKey());
      }
    }
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
    return new Saved(next, nextCustom);
  }

  private JsonObject present(UUID id, Saved saved, JsonObject body, Map<String, Object> org) {
    Map<String, Object> row = saved.row();
    JsonObject answer = new JsonObject().put("id", id.toString());
    answer.put("db_language_id", text(row.get("language_id")));
    PLAIN.forEach((property, column) -> answer.put(property, row.get(column)));
    answer.put("birthdate", row.get("birthdate") == null ? null : row.get("birthdate") + "T00:00:00.0000000+00:00");
    GUIDS.forEach((property, column) -> answer.put(property, text(row.get(column))));
    answer.put("sales_organization", null);
    answer.put("sales_organization_code", org == null ? null : org.get("code"));
    answer.put("private_db_country_code", references.countries().get(row.get("private_country_id")));
    answer.put("modified_dateutc", WELLO_TIME.format((OffsetDateTime) row.get("modified_at")));
    LICENCES.keySet().forEach(p -> answer.put(p, Boolean.TRUE.equals(body.getBoolean(p))));
    for (int i = 1; i <= 100; i++) {
      String name = "udf" + i;
      answer.put(name, saved.custom().get(name));
    }
    return answer;
  }

  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** {@code work} in one transaction on a connection of its own, as Roster runs a use case. */
  <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static void require(boolean found, String property) {
    if (!found) {
      throw new Refused(400, property + " names nothing");
    }
  }

  private static UUID uuid(JsonObject body, String property) {
    String value = body.getString(property);
    return value == null ? null : UUID.fromString(value);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static Map<String, Object> one(Connection c, String sql, Object... values) throws SQLException {
    List<Map<String, Object>> rows = list(c, sql, values);
    return rows.isEmpty() ? null : rows.get(0);
  }

  static List<Map<String, Object>> list(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new HashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  static void execute(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.execute();
    }
  }
}
