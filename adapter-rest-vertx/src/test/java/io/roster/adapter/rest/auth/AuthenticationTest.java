package io.roster.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.RestSettings;
import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Principal;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.credential.Credential;
import io.roster.domain.field.FieldChange;
import io.roster.domain.user.User;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ways in: Basic (also Wello's password@domain), Bearer tokens from POST /auth/token, sessions
 * from POST /auth/session (ticket, cookie and XSRF token), throttling, password changes, and that
 * no answer and no log line ever shows a password or a hash.
 */
class AuthenticationTest {
  private TestServer server;
  private final List<String> answers = new ArrayList<>();
  private final List<String> logLines = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String line =
              record.getMessage()
                  + " "
                  + (record.getParameters() == null ? "" : List.of(record.getParameters()));
          synchronized (logLines) {
            logLines.add(line + (record.getThrown() == null ? "" : " " + record.getThrown()));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void start() {
    Logger.getLogger("").addHandler(capture);
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
    Logger.getLogger("").removeHandler(capture);
  }

  // requests, each answer kept for the check that no secret is ever shown

  private HttpResponse<Buffer> send(
      HttpMethod method, String path, Map<String, String> headers, String body) {
    HttpResponse<Buffer> response = server.sendAnonymous(method, path, headers, body);
    answers.add(response.headers().entries() + " " + response.bodyAsString());
    return response;
  }

  private HttpResponse<Buffer> get(String path, String... headerPairs) {
    return send(HttpMethod.GET, path, headers(headerPairs), null);
  }

  private static Map<String, String> headers(String... pairs) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    for (int i = 0; i < pairs.length; i += 2) {
      headers.put(pairs[i], pairs[i + 1]);
    }
    return headers;
  }

  private HttpResponse<Buffer> logOn(String path, String username, String password) {
    return send(
        HttpMethod.POST,
        path,
        headers(),
        new JsonObject().put("username", username).put("password", password).encode());
  }

  private String token() {
    HttpResponse<Buffer> answer = logOn("/auth/token", TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(200);
    return answer.bodyAsJsonObject().getString("access_token");
  }

  private User admin() {
    return server.useCases.getUser().getByUsername(Principal.system(), TestServer.ADMIN).user();
  }

  // Basic

  @Test
  void basic_works_with_and_without_the_wello_domain_and_nothing_else_gets_in() {
    assertThat(
            get(
                    "/api/User",
                    "Authorization",
                    TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            get(
                    "/api/User",
                    "Authorization",
                    TestServer.basic(
                        TestServer.ADMIN, TestServer.ADMIN_PASSWORD + "@" + TestServer.DOMAIN))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            get(
                    "/api/User",
                    "Authorization",
                    TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD + "@elsewhere"))
                .statusCode())
        .isEqualTo(401);
    HttpResponse<Buffer> none = get("/api/User");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.getHeader("WWW-Authenticate")).contains("Basic").contains("Bearer");
    assertThat(none.bodyAsJsonObject().getString("Message")).isNotBlank();
    assertThat(get("/api/User", "Authorization", "Basic !!!").statusCode()).isEqualTo(401);
    assertThat(get("/api/User", "Authorization", "Digest abc").statusCode()).isEqualTo(401);
    // Health stays open.
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void an_unknown_user_and_a_wrong_password_get_the_same_answer() {
    HttpResponse<Buffer> unknown =
        get("/api/User", "Authorization", TestServer.basic("nobody@roster.test", "x"));
    HttpResponse<Buffer> wrong =
        get("/api/User", "Authorization", TestServer.basic(TestServer.ADMIN, "x"));

    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.bodyAsString()).isEqualTo(wrong.bodyAsString());
    assertThat(unknown.getHeader("WWW-Authenticate"))
        .isEqualTo(wrong.getHeader("WWW-Authenticate"));

    HttpResponse<Buffer> tokenUnknown = logOn("/auth/token", "nobody@roster.test", "x");
    HttpResponse<Buffer> tokenWrong = logOn("/auth/token", TestServer.ADMIN, "x");
    assertThat(tokenUnknown.statusCode()).isEqualTo(401);
    assertThat(tokenUnknown.bodyAsString()).isEqualTo(tokenWrong.bodyAsString());
    assertThat(tokenUnknown.bodyAsJsonObject().getString("error")).isEqualTo("invalid_grant");
  }

  @Test
  void the_sixth_failure_in_a_row_is_429_with_retry_after_even_with_the_right_password() {
    for (int i = 0; i < 5; i++) {
      assertThat(
              get("/api/User", "Authorization", TestServer.basic(TestServer.ADMIN, "guess " + i))
                  .statusCode())
          .isEqualTo(401);
    }
    HttpResponse<Buffer> locked =
        get(
            "/api/User",
            "Authorization",
            TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD));

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(locked.getHeader("Retry-After"))).isPositive();
    assertThat(logOn("/auth/token", TestServer.ADMIN, TestServer.ADMIN_PASSWORD).statusCode())
        .isEqualTo(429);
  }

  @Test
  void
      guesses_from_this_address_get_its_wrong_passwords_429_in_both_dialects_but_not_its_right_ones() {
    // 100: the failed log-ons an address may have by default (ROSTER_LOGIN_FAILURES_PER_ADDRESS).
    for (int i = 0; i < 100; i++) {
      String guess = TestServer.basic("guess" + i + "@roster.test", "guess");
      assertThat(get("/api/User", "Authorization", guess).statusCode()).isEqualTo(401);
    }
    String admin = TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    String wrong = TestServer.basic(TestServer.ADMIN, "a wrong guess");
    String unknown = TestServer.basic("nobody@roster.test", "a wrong guess");

    // Others at this address (behind the same proxy or NAT) still log on, in every way.
    assertThat(get("/api/User", "Authorization", admin).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/User", "Authorization", admin).statusCode()).isEqualTo(200);
    assertThat(logOn("/auth/token", TestServer.ADMIN, TestServer.ADMIN_PASSWORD).statusCode())
        .isEqualTo(200);

    HttpResponse<Buffer> wello = get("/api/User", "Authorization", wrong);
    assertThat(wello.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(wello.getHeader("Retry-After"))).isPositive();
    assertThat(wello.bodyAsJsonObject().fieldNames()).containsExactly("Message");
    assertThat(wello.bodyAsJsonObject().getString("Message")).isNotBlank();
    assertThat(get("/api/User", "Authorization", unknown).bodyAsString())
        .isEqualTo(wello.bodyAsString());

    HttpResponse<Buffer> superOffice = get("/api/v1/User", "Authorization", wrong);
    assertThat(superOffice.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(superOffice.getHeader("Retry-After"))).isPositive();
    JsonObject error = superOffice.bodyAsJsonObject();
    assertThat(error.fieldNames())
        .containsExactly("Error", "ErrorType", "ErrorMessage", "ErrorSource");
    assertThat(error.getString("ErrorType")).isEqualTo("TooManyRequests");
    assertThat(get("/api/v1/User", "Authorization", unknown).bodyAsString())
        .isEqualTo(superOffice.bodyAsString());

    HttpResponse<Buffer> token = logOn("/auth/token", TestServer.ADMIN, "a wrong guess");
    assertThat(token.statusCode()).isEqualTo(429);
    assertThat(token.bodyAsJsonObject().getString("error")).isEqualTo("too_many_attempts");
    assertThat(logOn("/auth/token", "nobody@roster.test", "a wrong guess").bodyAsString())
        .isEqualTo(token.bodyAsString());

    // The administrator's name has failed 3 times: under the 5 that would lock it.
    assertThat(get("/api/v1/User", "Authorization", admin).statusCode()).isEqualTo(200);
  }

  // Bearer

  @Test
  void a_token_from_auth_token_opens_the_api_and_records_the_login() {
    long version = admin().lifecycle().version();
    HttpResponse<Buffer> answer =
        send(
            HttpMethod.POST,
            "/auth/token",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "grant_type=password&username="
                + TestServer.ADMIN
                + "&password="
                + TestServer.ADMIN_PASSWORD.replace(" ", "+"));

    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(200);
    JsonObject token = answer.bodyAsJsonObject();
    assertThat(token.getString("token_type")).isEqualTo("Bearer");
    assertThat(token.getLong("expires_in")).isEqualTo(300);
    assertThat(answer.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(
            get("/api/User", "Authorization", "Bearer " + token.getString("access_token"))
                .statusCode())
        .isEqualTo(200);
    assertThat(admin().lifecycle().lastLogin()).isNotNull();
    assertThat(admin().lifecycle().version()).isEqualTo(version);
  }

  @Test
  void a_form_log_on_is_read_in_the_charset_its_content_type_names_utf_8_by_default() {
    String admin = TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    String password = "blåbærsyltetøy";
    HttpResponse<Buffer> changed =
        send(
            HttpMethod.PUT,
            "/auth/password",
            headers("Authorization", admin),
            new JsonObject()
                .put("current_password", TestServer.ADMIN_PASSWORD)
                .put("new_password", password)
                .encode());
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(204);
    String user =
        "grant_type=password&username="
            + URLEncoder.encode(TestServer.ADMIN, StandardCharsets.UTF_8);

    HttpResponse<Buffer> latin1 =
        send(
            HttpMethod.POST,
            "/auth/token",
            Map.of("Content-Type", "application/x-www-form-urlencoded; charset=ISO-8859-1"),
            user + "&password=" + URLEncoder.encode(password, StandardCharsets.ISO_8859_1));
    HttpResponse<Buffer> utf8 =
        send(
            HttpMethod.POST,
            "/auth/session",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));

    assertThat(latin1.statusCode()).as(latin1.bodyAsString()).isEqualTo(200);
    assertThat(latin1.bodyAsJsonObject().getString("token_type")).isEqualTo("Bearer");
    assertThat(utf8.statusCode()).as(utf8.bodyAsString()).isEqualTo(200);
    assertThat(utf8.bodyAsJsonObject().getString("token_type")).isEqualTo("SoTicket");
  }

  @Test
  void a_form_log_on_in_an_unknown_charset_is_415_and_one_with_bytes_not_in_its_charset_400() {
    String form =
        "grant_type=password&username="
            + URLEncoder.encode(TestServer.ADMIN, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(TestServer.ADMIN_PASSWORD, StandardCharsets.UTF_8);

    HttpResponse<Buffer> unknown =
        send(
            HttpMethod.POST,
            "/auth/token",
            Map.of("Content-Type", "application/x-www-form-urlencoded; charset=x-nope"),
            form);
    HttpResponse<Buffer> invalid =
        send(
            HttpMethod.POST,
            "/auth/token",
            Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
            form + "%FF");

    assertThat(unknown.statusCode()).as(unknown.bodyAsString()).isEqualTo(415);
    assertThat(unknown.bodyAsJsonObject().getString("error_description")).contains("x-nope");
    assertThat(invalid.statusCode()).as(invalid.bodyAsString()).isEqualTo(400);
    assertThat(invalid.bodyAsJsonObject().getString("error")).isEqualTo("invalid_request");
    assertThat(invalid.bodyAsJsonObject().getString("error_description")).contains("UTF-8");
  }

  @Test
  void an_expired_a_tampered_a_foreign_or_an_unsigned_token_is_401() throws Exception {
    String subject = admin().id().toString();
    long now = Instant.now().getEpochSecond();
    String valid = jwt("HS256", TestServer.TOKEN_KEY, subject, now + 60);
    assertThat(get("/api/User", "Authorization", "Bearer " + valid).statusCode())
        .as("a token signed as Roster signs is accepted")
        .isEqualTo(200);

    String expired = jwt("HS256", TestServer.TOKEN_KEY, subject, now - 60);
    String foreign =
        jwt(
            "HS256",
            "another key that is long enough to use".getBytes(StandardCharsets.UTF_8),
            subject,
            now + 60);
    String[] parts = token().split("\\.");
    String tampered =
        parts[0]
            + "."
            + encode(
                "{\"sub\":\"" + subject + "\",\"iss\":\"roster\",\"exp\":" + (now + 99_999) + "}")
            + "."
            + parts[2];
    String unsigned =
        encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")
            + "."
            + encode("{\"sub\":\"" + subject + "\"}")
            + ".";

    for (String token : List.of(expired, foreign, tampered, unsigned, "not-a-token")) {
      HttpResponse<Buffer> answer = get("/api/User", "Authorization", "Bearer " + token);
      assertThat(answer.statusCode()).as(token).isEqualTo(401);
    }
  }

  /** A JWT signed the way {@link Tokens} signs: HMAC-SHA256 keyed with the key in Base64. */
  private static String jwt(String alg, byte[] key, String subject, long expires) throws Exception {
    String signed =
        encode("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}")
            + "."
            + encode(
                "{\"sub\":\""
                    + subject
                    + "\",\"iss\":\"roster\",\"iat\":"
                    + (expires - 120)
                    + ",\"exp\":"
                    + expires
                    + "}");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.UTF_8),
            "HmacSHA256"));
    return signed
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  // sessions

  @Test
  void
      a_session_gives_a_ticket_and_cookies_and_a_cookie_alone_needs_the_xsrf_token_to_change_anything() {
    HttpResponse<Buffer> started =
        logOn("/auth/session", TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(200);
    String ticket = started.bodyAsJsonObject().getString("ticket");
    String session = cookie(started, Authenticator.SESSION_COOKIE);
    String xsrf = cookie(started, Authenticator.XSRF_COOKIE);
    assertThat(started.cookies())
        .anyMatch(
            c ->
                c.startsWith(Authenticator.SESSION_COOKIE + "=")
                    && c.toLowerCase(java.util.Locale.ROOT).contains("httponly")
                    && c.contains("SameSite=Strict"));
    String cookies =
        Authenticator.SESSION_COOKIE
            + "="
            + session
            + "; "
            + Authenticator.XSRF_COOKIE
            + "="
            + xsrf;

    assertThat(get("/api/User", "Authorization", "SoTicket " + ticket).statusCode()).isEqualTo(200);
    assertThat(get("/api/User", "Cookie", cookies).statusCode()).isEqualTo(200);

    String path = "/api/User(" + admin().id() + ")";
    JsonObject body =
        get(path, "Cookie", cookies).bodyAsJsonObject().put("notes", "changed by a session");
    assertThat(send(HttpMethod.PUT, path, headers("Cookie", cookies), body.encode()).statusCode())
        .isEqualTo(403);
    assertThat(
            send(
                    HttpMethod.PUT,
                    path,
                    headers("Cookie", cookies, "X-XSRF-TOKEN", "wrong"),
                    body.encode())
                .statusCode())
        .isEqualTo(403);
    assertThat(admin().person().notes()).isNull();
    assertThat(
            send(
                    HttpMethod.PUT,
                    path,
                    headers("Cookie", cookies, "X-XSRF-TOKEN", xsrf),
                    body.encode())
                .statusCode())
        .isEqualTo(200);
    // A ticket in the Authorization header is not sent by browsers on their own: no XSRF token
    // needed.
    assertThat(
            send(
                    HttpMethod.PUT,
                    path,
                    headers("Authorization", "SoTicket " + ticket),
                    body.put("notes", "by ticket").encode())
                .statusCode())
        .isEqualTo(200);

    HttpResponse<Buffer> ended =
        send(
            HttpMethod.DELETE,
            "/auth/session",
            headers("Cookie", cookies, "X-XSRF-TOKEN", xsrf),
            null);
    assertThat(ended.statusCode()).isEqualTo(204);
    assertThat(admin().lifecycle().lastLogout()).isNotNull();
    assertThat(get("/api/User", "Cookie", cookies).statusCode()).isEqualTo(401);
    assertThat(get("/api/User", "Authorization", "SoTicket " + ticket).statusCode()).isEqualTo(401);
  }

  @Test
  void a_session_opened_on_one_server_is_used_and_ended_on_another_over_the_same_store() {
    // A second server over the first one's ports, as a second instance on the same database.
    try (TestServer other =
        new TestServer(
            RestSettings.DEFAULT_BODY_LIMIT,
            RestSettings.DEFAULT_SLOW_CALL_THRESHOLD,
            fresh -> server.ports)) {
      HttpResponse<Buffer> started =
          logOn("/auth/session", TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
      assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(200);
      String ticket = "SoTicket " + started.bodyAsJsonObject().getString("ticket");
      String cookies =
          Authenticator.SESSION_COOKIE
              + "="
              + cookie(started, Authenticator.SESSION_COOKIE)
              + "; "
              + Authenticator.XSRF_COOKIE
              + "="
              + cookie(started, Authenticator.XSRF_COOKIE);

      assertThat(
              other
                  .sendAnonymous(
                      HttpMethod.GET, "/api/User", headers("Authorization", ticket), null)
                  .statusCode())
          .isEqualTo(200);
      assertThat(
              other
                  .sendAnonymous(
                      HttpMethod.DELETE,
                      "/auth/session",
                      headers(
                          "Cookie",
                          cookies,
                          "X-XSRF-TOKEN",
                          cookie(started, Authenticator.XSRF_COOKIE)),
                      null)
                  .statusCode())
          .isEqualTo(204);
      assertThat(get("/api/User", "Authorization", ticket).statusCode()).isEqualTo(401);
      assertThat(get("/api/User", "Cookie", cookies).statusCode()).isEqualTo(401);
    }
  }

  private static String cookie(HttpResponse<Buffer> response, String name) {
    return response.cookies().stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.cookies()));
  }

  // passwords

  @Test
  void a_user_changes_their_password_with_the_current_one() {
    String admin = TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    HttpResponse<Buffer> wrong =
        send(
            HttpMethod.PUT,
            "/auth/password",
            headers("Authorization", admin),
            new JsonObject()
                .put("current_password", "not it")
                .put("new_password", "brand new secret")
                .encode());
    assertThat(wrong.statusCode()).isEqualTo(403);

    HttpResponse<Buffer> changed =
        send(
            HttpMethod.PUT,
            "/auth/password",
            headers("Authorization", admin),
            new JsonObject()
                .put("current_password", TestServer.ADMIN_PASSWORD)
                .put("new_password", "brand new secret")
                .encode());
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(204);

    assertThat(get("/api/User", "Authorization", admin).statusCode()).isEqualTo(401);
    assertThat(
            get(
                    "/api/User",
                    "Authorization",
                    TestServer.basic(TestServer.ADMIN, "brand new secret"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_partner_app_may_not_manage_users() {
    HttpResponse<Buffer> answer =
        get(
            "/api/User",
            "Authorization",
            TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD),
            "SO-AppToken",
            "some-partner-app");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.bodyAsJsonObject().getString("Message"))
        .isEqualTo("User management is not allowed for partner apps.");
  }

  @Test
  void the_audit_record_of_a_change_names_the_authenticated_caller() {
    String token = "Bearer " + token();
    String path = "/api/User(" + admin().id() + ")";
    JsonObject body = get(path, "Authorization", token).bodyAsJsonObject().put("notes", "audited");

    assertThat(
            send(HttpMethod.PUT, path, headers("Authorization", token), body.encode()).statusCode())
        .isEqualTo(200);

    List<AuditRecord> history = server.ports.auditLog().history("User", admin().id().toString());
    AuditRecord last = history.get(history.size() - 1);
    assertThat(last.actor()).isEqualTo(TestServer.ADMIN);
    assertThat(last.changes()).extracting(FieldChange::field).containsExactly("notes");
  }

  // no secret anywhere

  @Test
  void no_answer_and_no_log_line_shows_a_password_or_a_hash() {
    String admin = TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    get("/api/User", "Authorization", admin);
    get("/api/User", "Authorization", TestServer.basic(TestServer.ADMIN, "a wrong guess"));
    get("/api/User(" + admin().id() + ")", "Authorization", "Bearer " + token());
    logOn("/auth/session", TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    send(
        HttpMethod.PUT,
        "/auth/password",
        headers("Authorization", admin),
        new JsonObject()
            .put("current_password", TestServer.ADMIN_PASSWORD)
            .put("new_password", "the next secret")
            .encode());

    List<String> secrets =
        new ArrayList<>(List.of(TestServer.ADMIN_PASSWORD, "a wrong guess", "the next secret"));
    User stored = server.ports.users().findByUsername(TestServer.ADMIN).orElseThrow();
    stored.access().credentials().stream().map(Credential::secretHash).forEach(secrets::add);
    assertThat(logLines).as("log lines").isNotEmpty();
    for (String secret : secrets) {
      assertThat(answers).noneMatch(answer -> answer.contains(secret));
      synchronized (logLines) {
        assertThat(logLines).noneMatch(line -> line.contains(secret));
      }
    }
  }
}
