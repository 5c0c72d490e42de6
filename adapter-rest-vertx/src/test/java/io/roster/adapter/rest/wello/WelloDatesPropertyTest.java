package io.roster.adapter.rest.wello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.roster.adapter.rest.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A client anywhere, from UTC-12:00 to UTC+14:00, that reads a user and PUTs back what it read
 * never moves the birthdate, however many times it does so, and however it writes a date.
 */
class WelloDatesPropertyTest {
  /**
   * How a client writes back a date-time it read: as .NET writes a {@code DateTime} of unspecified
   * kind (no offset), with its own offset (a local {@code DateTime}, a {@code DateTimeOffset}),
   * with seven fractional digits or none.
   */
  enum Style {
    UNSPECIFIED("uuuu-MM-dd'T'HH:mm:ss"),
    UNSPECIFIED_FRACTION("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS"),
    LOCAL("uuuu-MM-dd'T'HH:mm:ssxxx"),
    LOCAL_FRACTION("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSxxx");

    private final DateTimeFormatter format;

    Style(String pattern) {
      this.format = DateTimeFormatter.ofPattern(pattern);
    }
  }

  /**
   * A .NET client at {@code offset}: it reads a date-time written with an offset in its own offset
   * (Json.NET's default for a {@code DateTime}), one without as it is, and writes it back in its
   * {@code style}.
   */
  record Client(ZoneOffset offset, Style style) {
    String roundTrip(String answered) {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              answered, OffsetDateTime::from, LocalDateTime::from);
      LocalDateTime local =
          parsed instanceof OffsetDateTime withOffset
              ? withOffset.withOffsetSameInstant(offset).toLocalDateTime()
              : (LocalDateTime) parsed;
      return style.format.format(local.atOffset(offset));
    }
  }

  private static final Gen<ZoneOffset> OFFSETS =
      integers().between(-48, 56).map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 15 * 60));
  private static final Gen<Client> CLIENTS =
      OFFSETS.zip(Generate.enumValues(Style.class), Client::new);
  private static final Gen<LocalDate> DATES =
      integers().between(0, 60_000).map(days -> LocalDate.of(1900, 1, 1).plusDays(days));

  private static TestServer server;
  private static WelloApi api;
  private static String id;

  @BeforeAll
  static void aUser() {
    server = new TestServer();
    api = new WelloApi(server);
    api.organization("OSL", "Oslo");
    id = api.user("born@example.test", "Born", "OSL").getString("id");
  }

  @AfterAll
  static void close() {
    server.close();
  }

  @Test
  void round_trips_from_any_offset_never_change_the_stored_date() {
    qt().withExamples(100)
        .forAll(DATES, CLIENTS, integers().between(1, 3))
        .checkAssert(
            (date, client, trips) -> {
              WelloApi.ok(api.putUser(id, api.readUser(id).put("birthdate", date.toString())));
              HttpResponse<Buffer> start = api.getUser(id);

              for (int trip = 1; trip <= trips; trip++) {
                JsonObject read = api.readUser(id);
                String sent = client.roundTrip(read.getString("birthdate"));

                HttpResponse<Buffer> put = api.putUser(id, read.put("birthdate", sent));

                String answered = WelloApi.ok(put).getString("birthdate");
                assertThat(put.getHeader("ETag"))
                    .as(client + " sent " + sent + ", answered " + answered)
                    .isEqualTo(start.getHeader("ETag"));
                assertThat(answered).as(client + " sent " + sent).isEqualTo(date + "T00:00:00");
              }
              assertThat(api.getUser(id).bodyAsJsonObject()).isEqualTo(start.bodyAsJsonObject());
            });
  }

  /** The client model would catch the old answer, UTC midnight with its offset, moving a date. */
  @Test
  void a_date_answered_at_utc_midnight_with_its_offset_would_move_west_of_utc() {
    Client newYork = new Client(ZoneOffset.ofHours(-5), Style.LOCAL);

    assertThat(newYork.roundTrip("1990-12-10T00:00:00+00:00")).startsWith("1990-12-09");
    assertThat(newYork.roundTrip("1990-12-10T00:00:00")).startsWith("1990-12-10");
  }
}
