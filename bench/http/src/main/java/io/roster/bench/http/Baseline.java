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
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

  private static final Pattern ITEM = Pattern.compile("(?i)^/api/user(?:\\(([^)/]*)\\)|/([^/()]+))/?$");
  private static final DateTimeFormatter WELLO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx");

  private final HikariDataSource pool;
  private final References references;
  private final BaselineUpdate update;

  Baseline(HikariDataSource pool, References references) {
    this.pool = pool;
    this.references = references;
    this.update = new BaselineUpdate(references);
  }

  /** The reference rows a user names, read once: Roster keeps them in memory too. */
  record References(Set<UUID> languages, Map<UUID, String> countries, Set<String> licences) {
    static References load(DataSource pool) throws SQLException {
      try (Connection c = pool.getConnection()) {
        Map<UUID, String> countries = new HashMap<>();
        Jdbc.list(c, "select id, code from ref_country").forEach(r -> countries.put((UUID) r.get("id"), (String) r.get("code")));
        return new References(
            Set.copyOf(Jdbc.list(c, "select id from ref_language").stream().map(r -> (UUID) r.get("id")).toList()),
            countries,
            Set.copyOf(Jdbc.list(c, "select code from ref_module_licence").stream().map(r -> (String) r.get("code")).toList()));
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
      BaselineUpdate.Saved saved =
          Jdbc.inTransaction(pool, c -> update.update(c, caller, id, body));
      // after the commit, Roster reads the organization again to present the answer, on a
      // connection of its own; the country's code comes from the reference data in memory
      Map<String, Object> org;
      try (Connection c = pool.getConnection()) {
        org = Jdbc.one(c, "select " + BaselineUpdate.ORG_COLUMNS + " from sales_organization where id = ?", saved.row().get("sales_organization_id"));
      }
      return new Answer(200, (Long) saved.row().get("version"), present(id, saved, body, org));
    } catch (BaselineUpdate.Refused e) {
      return e.answer;
    }
  }

  /** The caller's user name, if the token names a user who may log on: read as Roster reads it. */
  private static String caller(Connection c, UUID id) throws SQLException {
    Map<String, Object> row =
        Jdbc.one(c, "select username, role_id, archived, disabled, waiting_for_approval from users where id = ?", id);
    if (row == null) {
      return null;
    }
    boolean mayLogOn =
        !(Boolean) row.get("archived") && !(Boolean) row.get("disabled") && !(Boolean) row.get("waiting_for_approval");
    return mayLogOn ? (String) row.get("username") : null;
  }

  private JsonObject present(UUID id, BaselineUpdate.Saved saved, JsonObject body, Map<String, Object> org) {
    Map<String, Object> row = saved.row();
    JsonObject answer = new JsonObject().put("id", id.toString());
    answer.put("db_language_id", BaselineUpdate.text(row.get("language_id")));
    BaselineUpdate.PLAIN.forEach((property, column) -> answer.put(property, row.get(column)));
    answer.put("birthdate", row.get("birthdate") == null ? null : row.get("birthdate") + "T00:00:00.0000000+00:00");
    BaselineUpdate.GUIDS.forEach((property, column) -> answer.put(property, BaselineUpdate.text(row.get(column))));
    answer.put("sales_organization", null);
    answer.put("sales_organization_code", org == null ? null : org.get("code"));
    answer.put("private_db_country_code", references.countries().get(row.get("private_country_id")));
    answer.put("modified_dateutc", WELLO_TIME.format((OffsetDateTime) row.get("modified_at")));
    BaselineUpdate.LICENCES.keySet().forEach(p -> answer.put(p, Boolean.TRUE.equals(body.getBoolean(p))));
    for (int i = 1; i <= 100; i++) {
      String name = "udf" + i;
      answer.put(name, saved.custom().get(name));
    }
    return answer;
  }
}
