package io.roster.adapter.rest.superoffice.locale;

import io.vertx.ext.web.RoutingContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@value #HEADER} header: the zone date-times are answered in, and the zone request date-times
 * without an offset are read in.
 *
 * <p>It takes an IANA zone id ({@code Europe/Oslo}, {@code UTC}) or an offset, with or without a
 * {@code UTC}/{@code GMT} prefix and a colon: {@code +02:00}, {@code +2}, {@code UTC+2}, {@code
 * GMT-05:30}, {@code -0530}. Without the header, UTC. As in SuperOffice, answers carry no offset
 * unless the header adds {@value #INCLUDE_OFFSET} after a comma ({@code Europe/Oslo,
 * includeTZOffset}; alone, it asks for UTC with its offset).
 */
public final class TimeZones {
  public static final String HEADER = "SO-TimeZone";

  /** The flag of the header that asks for date-times with their offset. */
  public static final String INCLUDE_OFFSET = "includeTZOffset";

  private static final Pattern OFFSET =
      Pattern.compile("(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);

  private TimeZones() {}

  /** The zone {@code ctx}'s request asks for. @throws UnknownTimeZone as {@link #parse} */
  public static ZoneId of(RoutingContext ctx) {
    return parse(ctx.request().getHeader(HEADER));
  }

  /**
   * The zone a {@value #HEADER} value names; UTC when it is {@code null} or blank.
   *
   * @throws UnknownTimeZone when it names no zone (to answer 400)
   */
  public static ZoneId parse(String header) {
    if (header == null || header.isBlank()) {
      return ZoneOffset.UTC;
    }
    String value = null;
    for (String part : header.split(",", -1)) {
      String token = part.replace(" ", "").trim();
      if (token.equalsIgnoreCase(INCLUDE_OFFSET)) {
        continue;
      }
      if (value != null) {
        throw new UnknownTimeZone(header);
      }
      value = token;
    }
    if (value == null) {
      return ZoneOffset.UTC;
    }
    try {
      Matcher offset = OFFSET.matcher(value);
      if (offset.matches()) {
        int sign = offset.group(1).equals("-") ? -1 : 1;
        int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(offset.group(2)), sign * minutes);
      }
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new UnknownTimeZone(header);
    }
  }

  /**
   * Whether a {@value #HEADER} value asks for answers with their offset ({@value #INCLUDE_OFFSET},
   * any case, after a comma or alone).
   */
  public static boolean includesOffset(String header) {
    if (header == null) {
      return false;
    }
    for (String part : header.split(",")) {
      if (part.replace(" ", "").trim().equalsIgnoreCase(INCLUDE_OFFSET)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ctx}'s request asks for answers with their offset ({@link #includesOffset}). */
  public static boolean includesOffset(RoutingContext ctx) {
    return includesOffset(ctx.request().getHeader(HEADER));
  }

  /** {@code instant} as a date-time in {@code zone}, for answers; {@code null} for {@code null}. */
  public static OffsetDateTime toZone(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  /**
   * ISO 8601 date-times, the offset optional and written {@code Z}, {@code +01:00} or (as
   * SuperOffice writes it with {@value #INCLUDE_OFFSET}) {@code +0100}; up to nine fraction digits.
   */
  private static final DateTimeFormatter REQUEST =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  /**
   * A request's ISO 8601 date-time as an instant: read in {@code zone} when it has no offset
   * ({@code 2026-11-23T14:05:00}), by its own offset when it has one ({@code
   * 2026-11-23T14:05:00+01:00}, {@code ...+0100}, {@code ...Z}). A local time that {@code zone}
   * skips or repeats (daylight saving) is resolved as {@link ZonedDateTime#of} does: moved forward
   * by the gap, the earlier offset of an overlap.
   *
   * @return {@code null} for {@code null} or blank
   * @throws DateTimeParseException when it is not an ISO 8601 date-time
   */
  public static Instant fromRequest(String dateTime, ZoneId zone) {
    if (dateTime == null || dateTime.isBlank()) {
      return null;
    }
    TemporalAccessor parsed =
        REQUEST.parseBest(dateTime.trim(), OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime withOffset) {
      return withOffset.toInstant();
    }
    return ((LocalDateTime) parsed).atZone(zone).toInstant();
  }
}
