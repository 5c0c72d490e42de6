package io.roster.adapter.rest.superoffice.locale;

import io.roster.adapter.rest.http.HttpProblem;

/** An {@value TimeZones#HEADER} header that names no time zone: answered 400. */
public final class UnknownTimeZone extends RuntimeException {
  public static final int STATUS = 400;

  private final String value;

  UnknownTimeZone(String value) {
    super(
        TimeZones.HEADER
            + " '"
            + value
            + "' is not a time zone; send an IANA zone id such as"
            + " Europe/Oslo or an offset such as +02:00.",
        null,
        false,
        false);
    this.value = value;
  }

  /** The header's value, as sent. */
  public String value() {
    return value;
  }

  public int status() {
    return STATUS;
  }

  /** This as the adapter's {@link HttpProblem}, naming the header as the field at fault. */
  public HttpProblem toProblem() {
    return new HttpProblem(STATUS, TimeZones.HEADER, getMessage());
  }
}
