package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import io.roster.application.port.in.Principal;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SO-TimeZone: date-times answered in the zone (with the offset only for includeTZOffset), request
 * date-times without an offset read in it.
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
  void date_times_are_answered_in_the_zone_asked_for_without_an_offset_and_are_the_same_instants() {
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
      // As SuperOffice writes them: no zone designator, a fraction of at most seven digits.
      for (JsonObject user : List.of(utc, india, oslo)) {
        assertThat(user.getString(property))
            .as(property)
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?");
      }
      Instant instant = LocalDateTime.parse(utc.getString(property)).toInstant(ZoneOffset.UTC);
      assertThat(LocalDateTime.parse(india.getString(property)))
          .as(property)
          .isEqualTo(LocalDateTime.ofInstant(instant, ZoneOffset.ofHoursMinutes(5, 30)));
      assertThat(LocalDateTime.parse(oslo.getString(property)))
          .as(property)
          .isEqualTo(LocalDateTime.ofInstant(instant, ZoneId.of("Europe/Oslo")));
    }
  }

  @Test
  void include_tz_offset_adds_the_offset_as_superoffice_writes_it() {
    server.useCases.authenticate().logIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD, "127.0.0.1");

    JsonObject utc = admin(Map.of());
    JsonObject india = admin(Map.of("SO-TimeZone", "UTC+05:30, includeTZOffset"));
    JsonObject oslo = admin(Map.of("SO-TimeZone", "Europe/Oslo,INCLUDETZOFFSET"));
    JsonObject plain = admin(Map.of("SO-TimeZone", "includeTZOffset"));

    Instant instant = LocalDateTime.parse(utc.getString("Lastlogin")).toInstant(ZoneOffset.UTC);
    assertThat(india.getString("Lastlogin")).endsWith("+0530");
    assertThat(plain.getString("Lastlogin")).endsWith("+0000");
    DateTimeFormatter withOffset =
        new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHMM", "+0000")
            .toFormatter();
    for (JsonObject user : List.of(india, oslo, plain)) {
      assertThat(OffsetDateTime.parse(user.getString("Lastlogin"), withOffset).toInstant())
          .isEqualTo(instant);
    }
    assertThat(OffsetDateTime.parse(oslo.getString("Lastlogin"), withOffset).getOffset())
        .isEqualTo(ZoneId.of("Europe/Oslo").getRules().getOffset(instant));
    // A date-time never set is .NET's minimum value, with or without the offset.
    assertThat(india.getString("Lastlogout")).isEqualTo("0001-01-01T00:00:00");
    // Birthdate is a date: never an offset.
    assertThat(india.getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("0001-01-01T00:00:00");
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

    // An offset as SuperOffice writes it with includeTZOffset, and seven fraction digits.
    user.getJsonObject("Person").put("Birthdate", "1990-12-10T23:30:00.1234567-0200");
    put(id, user, Map.of("SO-TimeZone", "UTC, includeTZOffset"));
    assertThat(api.read(id).getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("1990-12-11T00:00:00");

    // SuperOffice's minimum value is no date, whatever its offset.
    user.getJsonObject("Person").put("Birthdate", "0001-01-01T00:00:00+0200");
    put(id, user, Map.of("SO-TimeZone", "+02:00"));
    assertThat(api.read(id).getJsonObject("Person").getString("Birthdate"))
        .isEqualTo("0001-01-01T00:00:00");
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
