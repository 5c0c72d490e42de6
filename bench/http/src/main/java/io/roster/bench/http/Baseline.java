package io.roster.bench.http;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.adapter.persistence.PersistenceSettings;
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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor Roster is measured against: a bare Vert.x HTTP server that answers {@code PUT
 * /api/User(id)} by parsing the body with {@link JsonObject} and running, on a worker pool as large
 * as Roster's, over plain JDBC on a HikariCP pool as large as Roster's, on an H2 file opened with
 * the same URL options, in one transaction, the statements Roster issues for such a PUT (as an H2
 * trace of Roster shows them): the user row and its five child tables, the reference lookups, the
 * uniqueness checks, the versioned update, the child-row rewrite and the audit record with its
 * change rows; after the commit, the two lookups Roster makes to present the answer. It has none
 * of Roster's layers: no router, no Jackson mapping, no domain model, no drafts, no field rules.
 *
 * <p>Usage: {@code Baseline <port> <dataDir> <users> <outDir>}. Creates the schema with Roster's
 * own Flyway migrations, seeds one sales organization and {@code users} users with plain JDBC,
 * writes {@code ids.txt} and {@code refs.properties} to {@code outDir}, then serves until killed.
 */
public final class Baseline {
  static final int POOL = PersistenceSettings.DEFAULT_POOL_SIZE;

  /**
   * Off by default (the baseline then rewrites every child row, as Roster does). With {@code
   * -Dbaseline.keepUnchangedChildren=true} it leaves the child rows alone when they did not
   * change: a what-if, to measure what the rewrite costs.
   */
  static final boolean KEEP_UNCHANGED_CHILDREN = Boolean.getBoolean("baseline.keepUnchangedChildren");

  static final String COLUMNS =
      "id, associate_id, username, username_key, initials, nick_name, external_code, firstname,"
          + " lastname, email, phone, fax, mobile, skype, notes, language_id, private_email,"
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

  Baseline(HikariDataSource pool) {
    this.pool = pool;
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]);
    int users = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    Files.createDirectories(out);

    PersistenceSettings settings = PersistenceSettings.h2File(dataDir);
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

    Baseline baseline = new Baseline(pool);
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
    try {
      id = UUID.fromString(m.group(1) != null ? m.group(1) : m.group(2));
    } catch (IllegalArgumentException e) {
      request.response().setStatusCode(400).end();
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
                  .executeBlocking(() -> update(id, body), false)
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

  record Answer(int status, long version, JsonObject body) {}

  Answer update(UUID id, JsonObject body) throws SQLException {
    Map<String, Object> row;
    Map<String, String> custom;
    long newVersion;
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        row = one(c, "select " + COLUMNS + " from users where id = ?", id);
        if (row == null) {
          c.rollback();
          return new Answer(404, 0, new JsonObject().put("Message", "no user " + id));
        }
        list(c, "select user_id, group_id as v from user_other_group where user_id in (?)", id);
        list(c, "select user_id, category_id as v from user_ticket_category where user_id in (?)", id);
        List<Map<String, Object>> licenceRows =
            list(c, "select user_id, licence_code as v from user_licence where user_id in (?)", id);
        list(c, "select user_id, credential_type, secret_hash, display_value from user_credential"
            + " where user_id in (?) order by user_id, ordinal", id);
        custom = new LinkedHashMap<>();
        for (Map<String, Object> r :
            list(c, "select user_id, name, field_value from user_custom_field where user_id in (?)", id)) {
          custom.put((String) r.get("name"), (String) r.get("field_value"));
        }

        // reference lookups, as Roster makes them for this body
        UUID language = uuid(body, "db_language_id");
        if (language != null) {
          require(one(c, "select id, number, code, name from ref_language where id = ?", language), "db_language_id");
        }
        UUID country = uuid(body, "private_db_country_id");
        if (country != null) {
          require(one(c, "select id, number, code, name from ref_country where id = ?", country), "private_db_country_id");
        }
        String countryCode = body.getString("private_db_country_code");
        if (countryCode != null) {
          require(one(c, "select id, number, code, name from ref_country where lower(code) = ?",
              countryCode.toLowerCase(Locale.ROOT)), "private_db_country_code");
        }
        UUID org = uuid(body, "sales_organization_id");
        if (org != null) {
          require(one(c, "select " + ORG_COLUMNS + " from sales_organization where id = ?", org), "sales_organization_id");
        }
        String orgCode = body.getString("sales_organization_code");
        if (orgCode != null) {
          require(one(c, "select " + ORG_COLUMNS + " from sales_organization where code = ?", orgCode), "sales_organization_code");
        }
        List<String> licences = new ArrayList<>();
        for (String property : List.of("allow_hero_app", "allow_sales_app", "allow_service_app")) {
          if (Boolean.TRUE.equals(body.getBoolean(property))) {
            String code = LICENCES.get(property);
            require(one(c, "select id, number, code, name from ref_module_licence where lower(code) = ?", code), property);
            licences.add(code);
          }
        }
        list(c, "select name, field_type, options from extra_field_declaration order by name");
        String username = body.getString("username");
        Map<String, Object> holder =
            one(c, "select id from users where username_key = ?", username.toLowerCase(Locale.ROOT));
        if (holder != null && !id.equals(holder.get("id"))) {
          c.rollback();
          return new Answer(409, 0, new JsonObject().put("Message", "username taken"));
        }
        holder = one(c, "select id from users where external_code = ?", body.getString("code"));
        if (holder != null && !id.equals(holder.get("id"))) {
          c.rollback();
          return new Answer(409, 0, new JsonObject().put("Message", "code taken"));
        }

        // the new row and what changed
        List<String[]> changes = new ArrayList<>();
        Map<String, Object> next = new LinkedHashMap<>(row);
        PLAIN.forEach((property, column) -> next.put(column, body.getValue(property)));
        GUIDS.forEach((property, column) -> next.put(column, uuid(body, property)));
        next.put("username_key", username.toLowerCase(Locale.ROOT));
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
        if (licenceRows.size() != licences.size()) {
          changes.add(new String[] {"licences", String.valueOf(licenceRows.size()), String.valueOf(licences.size())});
        }

        long version = (Long) row.get("version");
        newVersion = version;
        if (!changes.isEmpty()) {
          OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
          newVersion = version + 1;
          next.put("modified_at", now);
          next.put("version", newVersion);
          try (PreparedStatement s = c.prepareStatement(UPDATE)) {
            int i = 1;
            for (String column : ASSIGNED) {
              s.setObject(i++, next.get(column));
            }
            s.setObject(i++, id);
            s.setLong(i, version);
            if (s.executeUpdate() == 0) {
              c.rollback();
              return new Answer(412, version, new JsonObject().put("Message", "changed meanwhile"));
            }
          }
          boolean childrenChanged =
              !nextCustom.equals(custom) || licenceRows.size() != licences.size();
          for (String table :
              KEEP_UNCHANGED_CHILDREN && !childrenChanged
                  ? List.<String>of()
                  : List.of("user_other_group", "user_ticket_category", "user_licence", "user_credential", "user_custom_field")) {
            try (PreparedStatement s = c.prepareStatement("delete from " + table + " where user_id = ?")) {
              s.setObject(1, id);
              s.executeUpdate();
            }
          }
          try (PreparedStatement s = c.prepareStatement("insert into user_licence (user_id, licence_code) values (?, ?)")) {
            for (String code : KEEP_UNCHANGED_CHILDREN && !childrenChanged ? List.<String>of() : licences) {
              s.setObject(1, id);
              s.setString(2, code);
              s.addBatch();
            }
            s.executeBatch();
          }
          try (PreparedStatement s =
              c.prepareStatement("insert into user_custom_field (user_id, name, field_value) values (?, ?, ?)")) {
            for (Map.Entry<String, String> e :
                KEEP_UNCHANGED_CHILDREN && !childrenChanged ? Map.<String, String>of().entrySet() : nextCustom.entrySet()) {
              s.setObject(1, id);
              s.setString(2, e.getKey());
              s.setString(3, e.getValue());
              s.addBatch();
            }
            s.executeBatch();
          }
          long record;
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into audit_record (recorded_at, actor, subject_type, subject_id, action)"
                      + " values (?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            s.setObject(1, now);
            s.setString(2, "api");
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
          row = next;
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }

    // after the commit, Roster reads the organization and the country to present the answer,
    // each on a connection of its own
    Map<String, Object> org;
    Map<String, Object> country = null;
    try (Connection c = pool.getConnection()) {
      org = one(c, "select " + ORG_COLUMNS + " from sales_organization where id = ?", row.get("sales_organization_id"));
    }
    if (row.get("private_country_id") != null) {
      try (Connection c = pool.getConnection()) {
        country = one(c, "select id, number, code, name from ref_country where id = ?", row.get("private_country_id"));
      }
    }
    return new Answer(200, newVersion, present(id, row, custom, body, org, country));
  }

  private static JsonObject present(
      UUID id, Map<String, Object> row, Map<String, String> custom, JsonObject body,
      Map<String, Object> org, Map<String, Object> country) {
    JsonObject answer = new JsonObject().put("id", id.toString());
    answer.put("db_language_id", text(row.get("language_id")));
    PLAIN.forEach((property, column) -> answer.put(property, row.get(column)));
    answer.put("birthdate", row.get("birthdate") == null ? null : row.get("birthdate") + "T00:00:00.0000000+00:00");
    GUIDS.forEach((property, column) -> answer.put(property, text(row.get(column))));
    answer.put("sales_organization", null);
    answer.put("sales_organization_code", org == null ? null : org.get("code"));
    answer.put("private_db_country_code", country == null ? null : country.get("code"));
    answer.put("modified_dateutc", WELLO_TIME.format((OffsetDateTime) row.get("modified_at")));
    LICENCES.keySet().forEach(p -> answer.put(p, Boolean.TRUE.equals(body.getBoolean(p))));
    for (int i = 1; i <= 100; i++) {
      String name = "udf" + i;
      String value = body.containsKey(name) ? body.getString(name) : custom.get(name);
      answer.put(name, value);
    }
    return answer;
  }

  private static void require(Map<String, Object> found, String property) {
    if (found == null) {
      throw new IllegalArgumentException(property + " names nothing");
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

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
