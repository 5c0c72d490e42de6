package io.roster.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what, written as data: every route and method the server answers against every kind
 * of caller, and every class of user field against every role, for another user and for the
 * caller's own record. A route the server answers that has no row here fails {@link
 * #every_route_the_server_answers_has_a_row}.
 */
class AuthorizationMatrixTest {
  /** The callers, in the order of the matrix's columns. */
  enum Caller {
    ADMIN,
    MANAGER,
    HR,
    STANDARD,
    READ_ONLY,
    PARTNER_APP,
    ANONYMOUS
  }

  /**
   * method, path, then the status each caller gets, in {@link Caller} order. In paths, {other} is a
   * standard user, {self} the caller's own user (another standard user for anonymous calls),
   * {admin} the administrator, {org} a sales organization; {#other}, {#self}, {#admin} are the same
   * users by associate id (the SuperOffice dialect's key), {#fresh} a standard user made for the
   * one call. The partner app calls as the user manager, with SO-AppToken.
   */
  private static final String ROUTES =
      """
      GET    /health/live                     200 200 200 200 200 200 200
      GET    /health/ready                    200 200 200 200 200 200 200
      GET    /openapi/wello.json              200 200 200 200 200 200 200
      GET    /openapi/wello.yaml              200 200 200 200 200 200 200
      GET    /openapi/superoffice.json        200 200 200 200 200 200 200
      GET    /openapi/superoffice.yaml        200 200 200 200 200 200 200
      GET    /docs                            200 200 200 200 200 200 200
      GET    /docs/roster-docs.js             200 200 200 200 200 200 200
      GET    /docs/swagger-ui.css             200 200 200 200 200 200 200
      GET    /docs/swagger-ui-bundle.js       200 200 200 200 200 200 200
      GET    /docs/swagger-ui-standalone-preset.js 200 200 200 200 200 200 200
      POST   /auth/token                      200 200 200 200 200 200 400
      POST   /auth/session                    200 200 200 200 200 200 400
      DELETE /auth/session                    204 204 204 204 204 204 401
      PUT    /auth/password                   204 204 204 204 204 403 401
      GET    /api/User                        200 200 200 200 200 403 401
      POST   /api/User                        201 201 403 403 403 403 401
      GET    /api/User({other})               200 200 200 200 200 403 401
      GET    /api/User/{other}                200 200 200 200 200 403 401
      PUT    /api/User({other})               200 200 200 403 403 403 401
      PUT    /api/User({self})                200 200 200 200 403 403 401
      PUT    /api/User({admin})               200 200 200 403 403 403 401
      DELETE /api/User({other})               405 405 405 405 405 405 401
      GET    /api/SalesOrganization           200 200 200 200 200 200 401
      POST   /api/SalesOrganization           201 201 403 403 403 403 401
      GET    /api/SalesOrganization({org})    200 200 200 200 200 200 401
      PUT    /api/SalesOrganization({org})    200 200 403 403 403 403 401
      GET    /api/Country                     200 200 200 200 200 200 401
      GET    /api/Language                    200 200 200 200 200 200 401
      GET    /api/Currency                    200 200 200 200 200 200 401
      GET    /api/UserGroup                   200 200 200 200 200 200 401
      GET    /api/v1/User                     200 200 200 200 200 403 401
      POST   /api/v1/User                     200 200 403 403 403 403 401
      GET    /api/v1/User/default             200 200 200 200 200 403 401
      POST   /api/v1/User/Validate            200 200 403 403 403 403 401
      GET    /api/v1/User/{#other}            200 200 200 200 200 403 401
      PUT    /api/v1/User/{#other}            200 200 200 403 403 403 401
      PUT    /api/v1/User/{#self}             200 200 200 200 403 403 401
      PUT    /api/v1/User/{#admin}            200 200 200 403 403 403 401
      PATCH  /api/v1/User/{#other}            200 200 200 403 403 403 401
      PATCH  /api/v1/User/{#self}             200 200 200 200 403 403 401
      DELETE /api/v1/User/{#fresh}            204 204 403 403 403 403 401
      """;

  /**
   * Wello property, whose user, then what each role may do with it: r (see it), w (change it), -
   * (neither), in the order ADMIN MANAGER HR STANDARD READ_ONLY. One property of each class of
   * fields: HR data, home contact, work contact, public, access.
   */
  private static final String FIELDS =
      """
      bankaccount     other  rw  -   rw  -   -
      bankaccount     self   rw  -   rw  r   -
      private_phone   other  rw  -   rw  -   -
      private_phone   self   rw  -   rw  rw  -
      phone           other  rw  rw  rw  r   r
      phone           self   rw  rw  rw  rw  r
      notes           other  rw  rw  rw  r   r
      notes           self   rw  rw  rw  r   r
      allow_hero_app  other  rw  rw  r   r   r
      disabled        other  rw  rw  r   r   r
      """;

  private static final List<Caller> ROLES =
      List.of(Caller.ADMIN, Caller.MANAGER, Caller.HR, Caller.STANDARD, Caller.READ_ONLY);
  private static final AtomicInteger SERIAL = new AtomicInteger();

  private static TestServer server;
  private static final Map<Caller, String> usernames = new LinkedHashMap<>();
  private static final Map<Caller, String> ids = new LinkedHashMap<>();
  private static String other;
  private static String org;

  @BeforeAll
  static void people() {
    server = new TestServer();
    SalesOrganizationId organization = SalesOrganizationId.random();
    server
        .useCases
        .createSalesOrganization()
        .create(
            new CreateSalesOrganizationCommand(
                Principal.system(),
                organization,
                Draft.<SalesOrganization>builder()
                    .set(SalesOrganizationFields.CODE, "MATRIX")
                    .set(SalesOrganizationFields.NAME, "Matrix")
                    .build()));
    org = organization.toString();
    usernames.put(Caller.ADMIN, TestServer.ADMIN);
    ids.put(
        Caller.ADMIN,
        server
            .useCases
            .getUser()
            .getByUsername(Principal.system(), TestServer.ADMIN)
            .user()
            .id()
            .toString());
    for (Caller caller : List.of(Caller.MANAGER, Caller.HR, Caller.STANDARD, Caller.READ_ONLY)) {
      String name = caller.name().toLowerCase().replace('_', '-') + "@roster.test";
      usernames.put(caller, name);
      ids.put(caller, create(name, role(caller), organization).toString());
    }
    other = create("other@roster.test", Role.STANDARD, organization).toString();
    // Every user has HR data and a home phone to see or not (the administrator too).
    for (String id : List.of(ids.get(Caller.ADMIN), other)) {
      JsonObject user = get(Caller.ADMIN, "/api/User(" + id + ")").bodyAsJsonObject();
      put(
          Caller.ADMIN,
          "/api/User(" + id + ")",
          user.put("bankaccount", "NO93 0000 0000 001")
              .put("private_phone", "+47 1")
              .put("phone", "+47 4")
              .put("notes", "notes"));
    }
  }

  @AfterAll
  static void close() {
    server.close();
  }

  private static UserId create(String username, Role role, SalesOrganizationId organization) {
    return server
        .useCases
        .createUser()
        .create(
            new CreateUserCommand(
                Principal.system(),
                null,
                Draft.<User>builder()
                    .set(UserFields.USERNAME, username)
                    .set(UserFields.LASTNAME, "Matrix")
                    .set(UserFields.EMAIL, username)
                    .set(UserFields.PHONE, "+47 2")
                    .set(UserFields.NOTES, "notes")
                    .set(UserFields.BANK_ACCOUNT, "NO93 0000 0000 002")
                    .set(UserFields.PRIVATE_PHONE, "+47 3")
                    .set(UserFields.SALES_ORGANIZATION, organization)
                    .refer(UserFields.ROLE, Reference.byCode(role.code()))
                    .put(
                        UserFields.CREDENTIALS,
                        List.of(
                            new CredentialDraft(
                                "Password", Secret.plain(password(username)), username)))
                    .build()))
        .after()
        .user()
        .id();
  }

  private static Role role(Caller caller) {
    return switch (caller) {
      case ADMIN -> Role.ADMINISTRATOR;
      case MANAGER, PARTNER_APP -> Role.USER_MANAGER;
      case HR -> Role.HR;
      case STANDARD -> Role.STANDARD;
      case READ_ONLY, ANONYMOUS -> Role.READ_ONLY;
    };
  }

  private static String password(String username) {
    return username.equals(TestServer.ADMIN)
        ? TestServer.ADMIN_PASSWORD
        : "password of " + username.substring(0, username.indexOf('@'));
  }

  // the routes

  @Test
  void every_route_the_server_answers_has_a_row() {
    List<Row> rows = rows();
    for (RestServer.Endpoint endpoint : server.endpoints()) {
      assertThat(rows)
          .as("no row of the matrix for %s %s", endpoint.method(), endpoint.path())
          .anyMatch(
              row ->
                  endpoint.matches(
                      row.method(),
                      numbered(row.path(), Caller.STANDARD, false)
                          .replace("{other}", other)
                          .replace("{self}", other)
                          .replace("{admin}", other)
                          .replace("{org}", org)));
    }
  }

  @TestFactory
  Stream<DynamicTest> every_caller_gets_the_status_of_the_matrix_on_every_route() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : rows()) {
      for (Caller caller : Caller.values()) {
        int expected = row.statuses()[caller.ordinal()];
        tests.add(
            DynamicTest.dynamicTest(
                row.method() + " " + row.path() + " as " + caller + " -> " + expected,
                () -> {
                  HttpResponse<Buffer> response = call(caller, row);
                  assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(expected);
                }));
      }
    }
    return tests.stream();
  }

  private record Row(HttpMethod method, String path, int[] statuses) {}

  private static List<Row> rows() {
    return ROUTES
        .lines()
        .filter(line -> !line.isBlank())
        .map(line -> line.trim().split("\\s+"))
        .map(
            cells ->
                new Row(
                    HttpMethod.valueOf(cells[0]),
                    cells[1],
                    Arrays.stream(cells, 2, cells.length).mapToInt(Integer::parseInt).toArray()))
        .toList();
  }

  private static HttpResponse<Buffer> call(Caller caller, Row row) {
    String login = login(caller);
    String path =
        numbered(row.path(), caller, true)
            .replace("{other}", other)
            .replace("{self}", caller == Caller.ANONYMOUS ? other : ids.get(as(caller)))
            .replace("{admin}", ids.get(Caller.ADMIN))
            .replace("{org}", org);
    Map<String, String> headers = headers(caller);
    String body = null;
    boolean logOn =
        row.method() == HttpMethod.POST
            && (path.equals("/auth/token") || path.equals("/auth/session"));
    if (logOn) {
      headers.remove("Authorization");
      body = login == null ? "" : credentials(login).encode();
    } else if (path.equals("/auth/session")) {
      headers.remove("Authorization");
      if (login != null) {
        HttpResponse<Buffer> started =
            server.sendAnonymous(
                HttpMethod.POST,
                path,
                Map.of("Content-Type", "application/json"),
                credentials(login).encode());
        headers.put("Authorization", "SoTicket " + started.bodyAsJsonObject().getString("ticket"));
      }
    } else if (path.equals("/auth/password")) {
      body =
          login == null
              ? "{}"
              : new JsonObject()
                  .put("current_password", password(login))
                  .put("new_password", password(login))
                  .encode();
    } else if (row.method() == HttpMethod.POST && path.equals("/api/User")) {
      String name = "new" + SERIAL.incrementAndGet() + "@roster.test";
      body =
          new JsonObject()
              .put("username", name)
              .put("lastname", "New")
              .put("email", name)
              .put("sales_organization_code", "MATRIX")
              .encode();
    } else if (row.method() == HttpMethod.POST && path.equals("/api/SalesOrganization")) {
      body =
          new JsonObject()
              .put("code", "NEW" + SERIAL.incrementAndGet())
              .put("name", "New")
              .encode();
    } else if (row.method() == HttpMethod.POST && path.toLowerCase().startsWith("/api/v1/user")) {
      String name = "new" + SERIAL.incrementAndGet() + "@roster.test";
      body =
          new JsonObject()
              .put("UserName", name)
              .put("Person", new JsonObject().put("Lastname", "New").put("Email", name))
              .encode();
    } else if (row.method() == HttpMethod.PUT && path.startsWith("/api/v1/User")) {
      // Work contact on the caller's own record (each user may keep it up to date), the tooltip
      // elsewhere.
      JsonObject user = readAs(caller, path);
      if (row.path().contains("{#self}")) {
        user.getJsonObject("Person").put("Phone", "changed " + SERIAL.incrementAndGet());
      } else {
        user.put("Tooltip", "changed " + SERIAL.incrementAndGet());
      }
      body = user.encode();
    } else if (row.method() == HttpMethod.PATCH && path.startsWith("/api/v1/User")) {
      // The same changes as the PUT rows, as merge patches.
      headers.put("Content-Type", "application/merge-patch+json");
      JsonObject change = new JsonObject();
      if (row.path().contains("{#self}")) {
        change.put("Person", new JsonObject().put("Phone", "changed " + SERIAL.incrementAndGet()));
      } else {
        change.put("Tooltip", "changed " + SERIAL.incrementAndGet());
      }
      body = change.encode();
    } else if (row.method() == HttpMethod.PUT && path.startsWith("/api/User")) {
      // Work contact on the caller's own record (each user may keep it up to date), notes
      // elsewhere.
      String property = row.path().contains("{self}") ? "phone" : "notes";
      body = readAs(caller, path).put(property, "changed " + SERIAL.incrementAndGet()).encode();
    } else if (row.method() == HttpMethod.PUT) {
      body = readAs(caller, path).put("name", "Renamed " + SERIAL.incrementAndGet()).encode();
    }
    return server.sendAnonymous(row.method(), path, headers, body);
  }

  /**
   * {@code path} with the associate ids of the SuperOffice rows in place; {@code {#fresh}} is a new
   * user when {@code fresh}, else the other user.
   */
  private static String numbered(String path, Caller caller, boolean fresh) {
    if (!path.contains("{#")) {
      return path;
    }
    String self = caller == Caller.ANONYMOUS ? other : ids.get(as(caller));
    return path.replace("{#other}", associateId(other))
        .replace("{#self}", associateId(self))
        .replace("{#admin}", associateId(ids.get(Caller.ADMIN)))
        .replace(
            "{#fresh}",
            !path.contains("{#fresh}")
                ? ""
                : !fresh
                    ? associateId(other)
                    : Integer.toString(
                        server
                            .useCases
                            .getUser()
                            .get(
                                Principal.system(),
                                create(
                                    "fresh" + SERIAL.incrementAndGet() + "@roster.test",
                                    Role.STANDARD,
                                    SalesOrganizationId.of(java.util.UUID.fromString(org))))
                            .user()
                            .associateId()
                            .value()));
  }

  private static String associateId(String id) {
    return Integer.toString(
        server
            .useCases
            .getUser()
            .get(Principal.system(), UserId.of(java.util.UUID.fromString(id)))
            .user()
            .associateId()
            .value());
  }

  /** The partner app calls as the user manager. */
  private static Caller as(Caller caller) {
    return caller == Caller.PARTNER_APP ? Caller.MANAGER : caller;
  }

  private static String login(Caller caller) {
    return usernames.get(as(caller));
  }

  private static JsonObject credentials(String login) {
    return new JsonObject().put("username", login).put("password", password(login));
  }

  // the fields

  @TestFactory
  Stream<DynamicTest> every_role_sees_and_changes_each_class_of_fields_as_the_matrix_says() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : FIELDS.lines().filter(l -> !l.isBlank()).toList()) {
      String[] cells = line.trim().split("\\s+");
      String property = cells[0];
      boolean self = cells[1].equals("self");
      for (Caller role : ROLES) {
        String rights = cells[2 + role.ordinal()];
        String target = self ? ids.get(role) : other;
        tests.add(
            DynamicTest.dynamicTest(
                role + " on " + property + " of " + cells[1] + ": " + rights,
                () -> fieldAsMatrixSays(role, property, self, target, rights)));
      }
    }
    return tests.stream();
  }

  private static void fieldAsMatrixSays(
      Caller role, String property, boolean self, String target, String rights) {
    String path = "/api/User(" + target + ")";
    Object stored = get(Caller.ADMIN, path).bodyAsJsonObject().getValue(property);
    assertThat(stored).as("a value to see").isNotNull();

    HttpResponse<Buffer> seen = get(role, path);
    assertThat(seen.statusCode()).as(seen.bodyAsString()).isEqualTo(200);
    Object shown = seen.bodyAsJsonObject().getValue(property);
    if (rights.contains("r")) {
      assertThat(shown).isEqualTo(stored);
    } else {
      assertThat(shown).isNull();
    }

    Object changed = stored instanceof Boolean flag ? !flag : "changed " + SERIAL.incrementAndGet();
    JsonObject body = seen.bodyAsJsonObject().put(property, changed);
    HttpResponse<Buffer> put =
        server.sendAnonymous(HttpMethod.PUT, path, headers(role), body.encode());
    Object after = get(Caller.ADMIN, path).bodyAsJsonObject().getValue(property);
    if (rights.contains("w")) {
      assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
      assertThat(after).isEqualTo(changed);
    } else {
      assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(403);
      assertThat(after).isEqualTo(stored);
      if (mayUpdate(role, self)) {
        // Allowed to update the user, not this field: the answer names it.
        assertThat(put.bodyAsJsonObject().getJsonObject("ModelState").fieldNames())
            .contains("user." + property);
      }
    }
  }

  /** Whether the route matrix lets {@code role} update another user's (or their own) record. */
  private static boolean mayUpdate(Caller role, boolean self) {
    String route = self ? "/api/User({self})" : "/api/User({other})";
    return rows().stream()
            .filter(row -> row.method() == HttpMethod.PUT && row.path().equals(route))
            .findFirst()
            .orElseThrow()
            .statuses()[role.ordinal()]
        == 200;
  }

  /**
   * What {@code caller} sees of a resource; what the administrator sees when they may not read it.
   */
  private static JsonObject readAs(Caller caller, String path) {
    HttpResponse<Buffer> own = caller == Caller.ANONYMOUS ? null : get(caller, path);
    return own != null && own.statusCode() == 200
        ? own.bodyAsJsonObject()
        : get(Caller.ADMIN, path).bodyAsJsonObject();
  }

  /** JSON, and the caller's credentials (Basic), and the app token of the partner app. */
  private static Map<String, String> headers(Caller caller) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    if (caller != Caller.ANONYMOUS) {
      String login = login(caller);
      headers.put("Authorization", TestServer.basic(login, password(login)));
    }
    if (caller == Caller.PARTNER_APP) {
      headers.put("SO-AppToken", "partner-app");
    }
    return headers;
  }

  private static HttpResponse<Buffer> get(Caller caller, String path) {
    return server.sendAnonymous(HttpMethod.GET, path, headers(caller), null);
  }

  private static HttpResponse<Buffer> put(Caller caller, String path, JsonObject body) {
    HttpResponse<Buffer> response =
        server.sendAnonymous(HttpMethod.PUT, path, headers(caller), body.encode());
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response;
  }
}
