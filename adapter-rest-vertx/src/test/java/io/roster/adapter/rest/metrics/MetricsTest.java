package io.roster.adapter.rest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.roster.adapter.rest.TestServer;
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
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics}: requests by route pattern, method and status, use cases by outcome, in
 * Prometheus's text format; for administrators on the API's port, or for anyone on a port of its
 * own; nothing at all when metrics are off.
 */
class MetricsTest {
  private static final String USER = "reader@roster.test";
  private static final String PASSWORD = "reader's password";

  private TestServer server;

  @AfterEach
  void close() {
    server.close();
  }

  private static PrometheusMeterRegistry registry() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  private String adminId() {
    return server
        .useCases
        .getUser()
        .getByUsername(Principal.system(), TestServer.ADMIN)
        .user()
        .id()
        .toString();
  }

  @Test
  void requests_are_counted_by_route_pattern_method_and_status_and_use_cases_by_outcome()
      throws InterruptedException {
    server = new TestServer(RestMetrics.onApiPort(registry()));
    String admin = adminId();
    String missing = UUID.randomUUID().toString();
    assertThat(server.get("/api/User(" + admin + ")").statusCode()).isEqualTo(200);
    assertThat(server.get("/api/User/" + admin).statusCode()).isEqualTo(200);
    assertThat(server.get("/api/User(" + missing + ")").statusCode()).isEqualTo(404);
    assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
    assertThat(server.get("/no/such/path/4711").statusCode()).isEqualTo(404);

    String[] read = {"route", "/api/User({id})", "method", "GET", "status", "200"};
    String[] miss = {"route", "/api/User({id})", "method", "GET", "status", "404"};
    Samples samples =
        scrapeUntil(s -> s.value("http_server_requests_seconds_count", miss).isPresent());

    assertThat(samples.value("http_server_requests_seconds_count", read)).hasValue(2.0);
    assertThat(samples.value("http_server_requests_seconds_count", miss)).hasValue(1.0);
    assertThat(samples.value("http_server_requests_seconds_sum", read).orElseThrow()).isPositive();
    assertThat(bucket(samples, read, "+Inf")).isEqualTo(2.0);
    assertThat(bucket(samples, read, "10.0")).isEqualTo(2.0);
    assertThat(samples.value("http_server_requests_seconds_bucket", append(read, "le", "0.001")))
        .isPresent();
    assertThat(
            samples.value(
                "http_server_requests_seconds_count",
                "route",
                "/health/live",
                "method",
                "GET",
                "status",
                "200"))
        .hasValue(1.0);
    assertThat(
            samples.value("http_server_requests_seconds_count", "route", "none", "status", "404"))
        .hasValue(1.0);

    assertThat(
            samples.value(
                "roster_usecase_seconds_count", "usecase", "GetUser.get", "outcome", "ok"))
        .hasValue(2.0);
    assertThat(
            samples.value(
                "roster_usecase_seconds_count", "usecase", "GetUser.get", "outcome", "not_found"))
        .hasValue(1.0);
    assertThat(
            samples.value(
                "roster_usecase_seconds_count",
                "usecase",
                "Authenticate.authenticate",
                "outcome",
                "ok"))
        .isPresent();
  }

  @Test
  void tags_hold_patterns_and_names_never_what_a_request_carried() throws InterruptedException {
    server = new TestServer(RestMetrics.onApiPort(registry()));
    String admin = adminId();
    server.get("/api/User(" + admin + ")");
    server.send(
        HttpMethod.GET,
        "/api/User(" + admin + ")",
        Map.of("Authorization", TestServer.basic(TestServer.ADMIN, "a wrong password")),
        null);
    server.get("/api/User?$filter=" + "username%20eq%20'ada.secret@example.com'");
    server.get("/elsewhere/ada.secret@example.com");

    String text = scrape().bodyAsString();

    assertThat(text)
        .doesNotContain(admin)
        .doesNotContain(TestServer.ADMIN)
        .doesNotContain(TestServer.ADMIN_PASSWORD)
        .doesNotContain("a wrong password")
        .doesNotContain("ada.secret");
    assertThat(Samples.parse(text).value("roster_usecase_seconds_count", "outcome", "denied"))
        .isPresent();
  }

  @Test
  void on_the_api_port_only_an_administrator_reads_the_metrics() {
    server = new TestServer(RestMetrics.onApiPort(registry()));
    reader();

    HttpResponse<Buffer> anonymous =
        server.sendAnonymous(HttpMethod.GET, "/metrics", Map.of(), null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic");
    HttpResponse<Buffer> wrong =
        server.send(
            HttpMethod.GET,
            "/metrics",
            Map.of("Authorization", TestServer.basic(TestServer.ADMIN, "not the password")),
            null);
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<Buffer> reader =
        server.send(
            HttpMethod.GET,
            "/metrics",
            Map.of("Authorization", TestServer.basic(USER, PASSWORD)),
            null);
    assertThat(reader.statusCode()).as(reader.bodyAsString()).isEqualTo(403);
    assertThat(reader.bodyAsString()).doesNotContain("roster_usecase");

    HttpResponse<Buffer> admin = scrape();
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.getHeader("Content-Type")).isEqualTo(Scrape.CONTENT_TYPE);
    assertThat(admin.bodyAsString()).contains("# TYPE roster_usecase_seconds histogram");
    assertThat(server.metricsPort()).isEqualTo(-1);
  }

  @Test
  void on_a_port_of_their_own_the_metrics_need_no_credentials_and_leave_the_api_port()
      throws Exception {
    server = new TestServer(RestMetrics.onOwnPort(registry(), 0));
    server.get("/api/User(" + adminId() + ")");

    assertThat(server.metricsPort()).isPositive();
    java.net.http.HttpResponse<String> scraped = scrapeOwnPort("/metrics");
    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.headers().firstValue("Content-Type")).hasValue(Scrape.CONTENT_TYPE);
    assertThat(
            Samples.parse(scraped.body())
                .value("roster_usecase_seconds_count", "usecase", "GetUser.get", "outcome", "ok"))
        .hasValue(1.0);
    assertThat(scrapeOwnPort("/api/User").statusCode()).isEqualTo(404);
    assertThat(scrape().statusCode()).isEqualTo(404);
  }

  @Test
  void off_measures_and_serves_nothing() {
    server = new TestServer();

    assertThat(scrape().statusCode()).isEqualTo(404);
    assertThat(server.metricsPort()).isEqualTo(-1);
  }

  private java.net.http.HttpResponse<String> scrapeOwnPort(String path) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.metricsPort() + path))
            .build(),
        BodyHandlers.ofString());
  }

  private HttpResponse<Buffer> scrape() {
    return server.get("/metrics");
  }

  /** Scrapes until {@code ready} holds: a request is counted once its answer has left. */
  private Samples scrapeUntil(Predicate<Samples> ready) throws InterruptedException {
    Samples samples = null;
    for (int i = 0; i < 100; i++) {
      HttpResponse<Buffer> answer = scrape();
      assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(200);
      samples = Samples.parse(answer.bodyAsString());
      if (ready.test(samples)) {
        return samples;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("never ready: " + samples);
  }

  private static double bucket(Samples samples, String[] labels, String le) {
    return samples
        .value("http_server_requests_seconds_bucket", append(labels, "le", le))
        .orElseThrow(
            () ->
                new AssertionError(
                    "no bucket le="
                        + le
                        + " in "
                        + samples.of("http_server_requests_seconds_bucket")));
  }

  private static String[] append(String[] labels, String name, String value) {
    String[] all = java.util.Arrays.copyOf(labels, labels.length + 2);
    all[labels.length] = name;
    all[labels.length + 1] = value;
    return all;
  }

  /** A user who may log on and is no administrator. */
  private void reader() {
    SalesOrganizationId organization = SalesOrganizationId.random();
    server
        .useCases
        .createSalesOrganization()
        .create(
            new CreateSalesOrganizationCommand(
                Principal.system(),
                organization,
                Draft.<SalesOrganization>builder()
                    .set(SalesOrganizationFields.CODE, "METRICS")
                    .set(SalesOrganizationFields.NAME, "Metrics")
                    .build()));
    server
        .useCases
        .createUser()
        .create(
            new CreateUserCommand(
                Principal.system(),
                null,
                Draft.<User>builder()
                    .set(UserFields.USERNAME, USER)
                    .set(UserFields.LASTNAME, "Reader")
                    .set(UserFields.EMAIL, USER)
                    .set(UserFields.SALES_ORGANIZATION, organization)
                    .refer(UserFields.ROLE, Reference.byCode(Role.READ_ONLY.code()))
                    .put(
                        UserFields.CREDENTIALS,
                        List.of(new CredentialDraft("Password", Secret.plain(PASSWORD), USER)))
                    .build()));
  }
}
