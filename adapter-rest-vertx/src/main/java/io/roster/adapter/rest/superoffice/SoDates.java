package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.superoffice.locale.TimeZones;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Date-times as SuperOffice writes them: in the zone of {@code SO-TimeZone} (UTC without it), with
 * no zone designator unless the header adds {@code includeTZOffset} (then {@code -0500}, no colon),
 * the fraction of a second only when there is one (at most seven digits, trailing zeros dropped). A
 * date-time is never null: an unset one is .NET's minimum value, {@value #MIN}, and a request
 * sending that value means "no date".
 *
 * @param zone the zone date-times are shown and offset-less ones read in
 * @param withOffset whether answers carry the offset
 */
record SoDates(ZoneId zone, boolean withOffset) {
  /** .NET's {@code DateTime.MinValue}, which SuperOffice writes for a date-time not set. */
  static final String MIN = "0001-01-01T00:00:00";

  /** Without {@code SO-TimeZone}: UTC, no offset. */
  static final SoDates UTC = new SoDates(ZoneOffset.UTC, false);

  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 7, true)
          .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter OFFSET =
      new DateTimeFormatterBuilder()
          .append(LOCAL)
          .appendOffset("+HHMM", "+0000")
          .toFormatter(Locale.ROOT);

  /**
   * The dates {@code ctx}'s request asks for ({@code SO-TimeZone}, checked when the call began).
   */
  static SoDates of(RoutingContext ctx) {
    return new SoDates(SuperOfficeRoutes.zone(ctx), TimeZones.includesOffset(ctx));
  }

  /** {@code instant} in the zone, as SuperOffice writes it; {@value #MIN} for none. */
  String dateTime(Instant instant) {
    if (instant == null) {
      return MIN;
    }
    return (withOffset ? OFFSET : LOCAL).format(instant.atZone(zone));
  }

  /** A date (a date-time without a time): midnight, never an offset; {@value #MIN} for none. */
  static String date(LocalDate date) {
    return date == null ? MIN : LOCAL.format(date.atStartOfDay());
  }

  /**
   * A request's date: {@code 1990-12-10}, or a date-time whose date in the zone counts (one without
   * an offset is read in the zone, one with an offset is moved to it first); null for none: blank
   * text or the minimum value ({@value #MIN}, with or without a fraction or an offset).
   *
   * @throws DateTimeParseException when it is neither a date nor an ISO 8601 date-time
   */
  LocalDate readDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() == 10) {
      LocalDate date = LocalDate.parse(trimmed);
      return date.equals(MIN_DATE) ? null : date;
    }
    Instant instant = TimeZones.fromRequest(trimmed, zone);
    return MIN_VALUE.matcher(trimmed).matches() ? null : instant.atZone(zone).toLocalDate();
  }

  private static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

  /** The minimum value as a date-time, whatever its fraction and offset say. */
  private static final Pattern MIN_VALUE =
      Pattern.compile(
          "0001-01-01T00:00(:00(\\.0+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?", Pattern.CASE_INSENSITIVE);
}
