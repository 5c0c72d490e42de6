package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Principal;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SO-TimeZone: date-times answered in the zone, request date-times without an offset read in it.
 */
class SoTimeZoneTest {
  private final TestServer server = new TestServer();
  private final SoApi api = new SoApi(server);

  @AfterEach
  void close() {
    server.close();
  }

  private JsonObject admin(Map<String, String> headers) {
    int id =
        server
            .useCases
            .getUser()
            .getByUsername(Principal.system(), TestServer.ADMIN)
            .user()
            .associateId()
            .value();
    HttpResponse<Buffer> response = api.send(HttpMethod.GET, "/api/v1/User/" + id, headers, null);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  @Test
  void date_times_are_answered_in_the_zone_asked_for_and_are_the_same_instants() {
    server.useCases.authenticate().logIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD, "127.0.0.1");
    server
        .useCases
        .authenticate()
        .logOut(
            server
                .useCases
                .authenticate()
                .authenticate(TestServer.ADMIN, TestServer.ADMIN_PASSWORD, "127.0.0.1"));

    JsonObject utc = admin(Map.of());
    JsonObject india = admin(Map.of("SO-TimeZone", "UTC+05:30"));
    JsonObject oslo = admin(Map.of("SO-TimeZone", "Europe/Oslo"));

    for (String property : new String[] {"Lastlogin", "Lastlogout"}) {
      OffsetDateTime inUtc = OffsetDateTime.parse(utc.getString(property));
      OffsetDateTime inIndia = OffsetDateTime.parse(india.getString(property));
      OffsetDateTime inOslo = OffsetDateTime.parse(oslo.getString(property));
      Instant instant = inUtc.toInstant();
      assertThat(utc.getString(property)).as(property).endsWith("+00:00");
      assertThat(india.getString(property)).as(property).endsWith("+05:30");
      assertThat(inIndia.toInstant()).as(property).isEqualTo(instant);
      assertThat(inOslo.toInstant()).as(property).isEqualTo(instant);
      assertThat(inOslo.getOffset())
          .as(property)
          .isEqualTo(ZoneId.of("Europe/Oslo").getRules().getOffset(instant));
    }
  }

  @Test
  void request_date_times_without_an_offset_are_read_in_the_zone_and_others_moved_to_it() {
    int id = api.user("zone@example.test", "Zone");
    JsonObject user = api.read(id);

    // With an offset: the instant is moved to the zone first (23:30 UTC is the next day at +02:00).
    user.getJsonObject("Person").put("Birthdate", "1990-12-10T23:30:00Z");
    put(id, user, Map.of("SO-TimeZone", "+02:00"));
    assertThat(api.read(id).getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("1990-12-11T00:00:00");

    // Without an offset: the date-time is in the zone already.
    user.getJsonObject("Person").put("Birthdate", "1990-12-10T23:30:00");
    put(id, user, Map.of("SO-TimeZone", "+02:00"));
    assertThat(api.read(id).getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("1990-12-10T00:00:00");

    // Without the header the zone is UTC.
    user.getJsonObject("Person").put("Birthdate", "1990-12-10T23:30:00-02:00");
    put(id, user, Map.of());
    assertThat(api.read(id).getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("1990-12-11T00:00:00");
  }

  @Test
  void an_unknown_zone_is_a_400_naming_the_header_and_changes_nothing() {
    int id = api.user("nozone@example.test", "NoZone");
    JsonObject before = api.read(id);

    assertThat(
            SoApi.assertError(
                api.send(
                    HttpMethod.GET,
                    "/api/v1/User/" + id,
                    Map.of("SO-TimeZone", "Mars/Olympus"),
                    null),
                400))
        .contains("SO-TimeZone")
        .contains("Mars/Olympus");
    SoApi.assertError(
        api.send(
            HttpMethod.PUT,
            "/api/v1/User/" + id,
            Map.of("SO-TimeZone", "+99"),
            before.copy().put("Tooltip", "x").encode()),
        400);
    assertThat(api.read(id)).isEqualTo(before);
  }

  private void put(int id, JsonObject user, Map<String, String> headers) {
    HttpResponse<Buffer> response =
        api.send(HttpMethod.PUT, "/api/v1/User/" + id, headers, user.encode());
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
  }
}
