package io.roster.adapter.rest.superoffice;

import static io.roster.adapter.rest.superoffice.SoApi.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Principal;
import io.roster.domain.user.AssociateId;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SO-Culture: the numbers and dates inside display strings (error messages) are written in the
 * culture it names, else in the request's language; it is ignored when no language is set. The
 * values themselves (Rank, Lastlogin...) never change with it.
 */
class SoCultureTest {
  private static final String NBSP = "\u00a0";

  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);
  private int id;
  private JsonObject stored;

  @AfterEach
  void close() {
    server.close();
  }

  @BeforeEach
  void user() {
    id = api.user("culture@example.test", "Culture");
    stored = api.read(id);
  }

  private String rankError(Map<String, String> headers) {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.PUT, "/api/v1/User/" + id, headers, stored.copy().put("Rank", -1).encode());
    return assertError(response, 400);
  }

  @Test
  void the_bounds_in_a_field_error_are_written_in_the_language_or_in_so_culture() {
    assertThat(rankError(Map.of("SO-Language", "nb")))
        .contains("Rank: must be between 0 and 2" + NBSP + "147" + NBSP + "483" + NBSP + "647");
    assertThat(rankError(Map.of("Accept-Language", "sv", "SO-Culture", "en-GB")))
        .contains("Rank: must be between 0 and 2,147,483,647");
    assertThat(rankError(Map.of("Accept-Language", "en", "SO-Culture", "sv")))
        .contains("Rank: must be between 0 and 2" + NBSP + "147" + NBSP + "483" + NBSP + "647");
    assertThat(api.read(id)).isEqualTo(stored);
  }

  @Test
  void so_culture_is_ignored_without_a_language() {
    assertThat(rankError(Map.of("SO-Culture", "nb")))
        .contains("Rank: must be between 0 and 2,147,483,647");
  }

  @Test
  void validate_writes_the_bounds_in_the_culture_too() {
    HttpResponse<Buffer> response =
        api.send(
            HttpMethod.POST,
            "/api/v1/User/Validate",
            Map.of("SO-Language", "sv"),
            stored.copy().put("Rank", -1).encode());

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject().getString("Rank"))
        .isEqualTo("must be between 0 and 2" + NBSP + "147" + NBSP + "483" + NBSP + "647");
  }

  @Test
  void a_412_says_when_the_user_was_changed_in_the_culture_and_the_time_zone() {
    String past =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusDays(1));
    Instant changed = lastChange();

    String norwegian =
        assertError(
            api.send(
                HttpMethod.PUT,
                "/api/v1/User/" + id,
                Map.of(
                    "If-Unmodified-Since", past, "SO-Language", "nb", "SO-TimeZone", "Europe/Oslo"),
                stored.copy().put("Tooltip", "late").encode()),
            412);
    String swedishOffset =
        assertError(
            api.send(
                HttpMethod.DELETE,
                "/api/v1/User/" + id,
                Map.of("If-Match", "\"0\"", "Accept-Language", "sv", "SO-TimeZone", "+02:00"),
                null),
            412);
    String english =
        assertError(
            api.send(HttpMethod.DELETE, "/api/v1/User/" + id, Map.of("If-Match", "\"0\""), null),
            412);

    assertThat(norwegian)
        .contains(
            "changed at "
                + local(changed, ZoneId.of("Europe/Oslo"), "dd.MM.yyyy, HH:mm:ss")
                + " (Europe/Oslo)");
    assertThat(swedishOffset)
        .contains(
            "changed at "
                + local(changed, ZoneOffset.ofHours(2), "yyyy-MM-dd HH:mm:ss")
                + " (+02:00)");
    assertThat(english)
        .matches(
            ".*changed at "
                + local(changed, ZoneOffset.UTC, "M/d/yyyy, h:mm:ss")
                + "\\h[AP]M \\(UTC\\).*");
    assertThat(api.read(id)).isEqualTo(stored);
  }

  private Instant lastChange() {
    return server
        .useCases
        .getUser()
        .get(Principal.system(), AssociateId.of(id))
        .user()
        .lifecycle()
        .modifiedAt();
  }

  private static String local(Instant instant, ZoneId zone, String pattern) {
    return DateTimeFormatter.ofPattern(pattern).format(instant.atZone(zone));
  }
}
