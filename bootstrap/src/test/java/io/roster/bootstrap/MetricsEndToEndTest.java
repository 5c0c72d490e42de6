package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} of Roster as {@code serve} wires it: the JVM's, the pool's, the group
 * commit's, the requests' and the use cases' figures; for the administrator on the API's port by
 * default, on a port of their own with {@code ROSTER_METRICS_PORT}, none with {@code
 * ROSTER_METRICS=off}.
 */
class MetricsEndToEndTest {
  private static final String ADMIN_PASSWORD = "metrics secret";

  @TempDir Path data;
  private final HttpClient client = HttpClient.newHttpClient();

  private RosterApp start(Map<String, String> more) {
    Map<String, String> environment = new HashMap<>(more);
    environment.put("ROSTER_HTTP_PORT", "0");
    environment.put("ROSTER_DATA_DIR", data.toString());
    environment.put("ROSTER_ADMIN_PASSWORD", ADMIN_PASSWORD);
    return RosterApp.start(Settings.load(environment, null), true);
  }

  private HttpResponse<String> get(int port, String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), BodyHandlers.ofString());
  }

  private static String admin() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void by_default_the_administrator_reads_every_figure_on_the_api_port() throws Exception {
    try (RosterApp app = start(Map.of())) {
      String leader = "/api/User(" + DemoData.LEADER + ")";
      assertThat(get(app.port(), leader, admin()).statusCode()).isEqualTo(200);
      assertThat(get(app.port(), "/metrics", null).statusCode()).isEqualTo(401);
      assertThat(app.metricsPort()).isEqualTo(-1);

      HttpResponse<String> scraped = get(app.port(), "/metrics", admin());

      assertThat(scraped.statusCode()).isEqualTo(200);
      assertThat(scraped.body())
          .contains("jvm_memory_used_bytes{")
          .contains("jvm_gc_")
          .contains("jvm_threads_live_threads")
          .contains("process_uptime_seconds")
          .contains("system_cpu_count")
          .contains("hikaricp_connections_active{pool=\"roster\"}")
          .contains("hikaricp_connections_max{pool=\"roster\"}")
          .contains("roster_commit_flush_seconds_count{outcome=\"ok\"}")
          .contains("roster_commit_batch_commits_sum")
          .contains("roster_usecase_seconds_count{outcome=\"ok\",usecase=\"GetUser.get\"}")
          .contains(
              "http_server_requests_seconds_count{method=\"GET\",route=\"/api/User({id})\","
                  + "status=\"200\"} 1")
          .doesNotContain(ADMIN_PASSWORD)
          .doesNotContain(DemoData.LEADER.toString());
    }
  }

  @Test
  void on_a_port_of_their_own_the_metrics_need_no_credentials() throws Exception {
    try (RosterApp app = start(Map.of("ROSTER_METRICS_PORT", "0"))) {
      assertThat(app.metricsPort()).isPositive().isNotEqualTo(app.port());

      HttpResponse<String> scraped = get(app.metricsPort(), "/metrics", null);

      assertThat(scraped.statusCode()).isEqualTo(200);
      assertThat(scraped.body()).contains("hikaricp_connections_active");
      assertThat(get(app.port(), "/metrics", admin()).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void off_there_are_no_metrics() throws Exception {
    try (RosterApp app = start(Map.of("ROSTER_METRICS", "off"))) {
      assertThat(get(app.port(), "/api/User", admin()).statusCode()).isEqualTo(200);
      assertThat(get(app.port(), "/metrics", admin()).statusCode()).isEqualTo(404);
      assertThat(app.metricsPort()).isEqualTo(-1);
    }
  }
}
