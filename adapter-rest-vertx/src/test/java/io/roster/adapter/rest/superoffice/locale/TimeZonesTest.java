package io.roster.adapter.rest.superoffice.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SO-TimeZone: IANA ids and offsets; answers converted to it, offset-less request values read in
 * it.
 */
class TimeZonesTest {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @ParameterizedTest
  @CsvSource({
    "Europe/Oslo, Europe/Oslo",
    "America/New_York, America/New_York",
    "' Asia/Kolkata ', Asia/Kolkata",
    "UTC, UTC",
    "Z, Z",
  })
  void ianaIds(String header, String zone) {
    assertThat(TimeZones.parse(header)).isEqualTo(ZoneId.of(zone));
  }

  @ParameterizedTest
  @CsvSource({
    "+02:00, +02:00",
    "+2, +02:00",
    "+0200, +02:00",
    "UTC+2, +02:00",
    "utc+2, +02:00",
    "GMT-05:30, -05:30",
    "-0530, -05:30",
    "-5:30, -05:30",
    "UTC -3, -03:00",
    "+14:00, +14:00",
    "-00:00, Z",
  })
  void offsets(String header, String offset) {
    assertThat(TimeZones.parse(header)).isEqualTo(ZoneOffset.of(offset));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void utcWithoutTheHeader(String header) {
    assertThat(TimeZones.parse(header)).isEqualTo(ZoneOffset.UTC);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Mars/Olympus_Mons", "Oslo", "+25:00", "UTC+2:75", "CEST+1", "Europe/Oslo;drop"})
  void unknownZones(String header) {
    assertThatThrownBy(() -> TimeZones.parse(header))
        .isInstanceOfSatisfying(
            UnknownTimeZone.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.value()).isEqualTo(header);
              assertThat(e.toProblem().status()).isEqualTo(400);
              assertThat(e.toProblem().field()).isEqualTo("SO-TimeZone");
            })
        .hasMessageContaining("SO-TimeZone")
        .hasMessageContaining(header);
  }

  @Test
  void answersInTheZone() {
    Instant instant = Instant.parse("2026-07-01T12:00:00Z");

    assertThat(TimeZones.toZone(instant, OSLO))
        .isEqualTo(OffsetDateTime.parse("2026-07-01T14:00:00+02:00"));
    assertThat(TimeZones.toZone(Instant.parse("2026-12-01T12:00:00Z"), OSLO))
        .isEqualTo(OffsetDateTime.parse("2026-12-01T13:00:00+01:00"));
    assertThat(TimeZones.toZone(instant, TimeZones.parse("-0530")).toString())
        .isEqualTo("2026-07-01T06:30-05:30");
    assertThat(TimeZones.toZone(null, OSLO)).isNull();
  }

  @Test
  void requestValuesWithoutAnOffsetAreReadInTheZone() {
    assertThat(TimeZones.fromRequest("2026-07-01T14:00:00", OSLO))
        .isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
    assertThat(TimeZones.fromRequest("2026-12-01T14:00:00.1234567", OSLO))
        .isEqualTo(Instant.parse("2026-12-01T13:00:00.1234567Z"));
    assertThat(TimeZones.fromRequest("2026-07-01T14:00", ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-07-01T14:00:00Z"));
  }

  @Test
  void requestValuesWithAnOffsetKeepIt() {
    assertThat(TimeZones.fromRequest("2026-07-01T14:00:00+05:00", OSLO))
        .isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
    assertThat(TimeZones.fromRequest("2026-07-01T14:00:00Z", OSLO))
        .isEqualTo(Instant.parse("2026-07-01T14:00:00Z"));
  }

  @Test
  void daylightSavingGapsMoveForward() {
    // 02:30 does not exist in Oslo on 29 March 2026: clocks go from 02:00 to 03:00.
    assertThat(TimeZones.fromRequest("2026-03-29T02:30:00", OSLO))
        .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void blankAndMalformedRequestValues() {
    assertThat(TimeZones.fromRequest(null, OSLO)).isNull();
    assertThat(TimeZones.fromRequest(" ", OSLO)).isNull();
    assertThatThrownBy(() -> TimeZones.fromRequest("yesterday", OSLO))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> TimeZones.fromRequest("2026-07-01", OSLO))
        .isInstanceOf(DateTimeParseException.class);
  }
}
