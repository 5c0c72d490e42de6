package io.roster.adapter.rest.http;

/**
 * A request refused by the HTTP layer itself (media type, method, malformed id or body), with the
 * status to answer; each dialect writes it in its own error shape.
 */
public final class HttpProblem extends RuntimeException {
  private final int status;
  private final String field;

  public HttpProblem(int status, String message) {
    this(status, null, message);
  }

  /**
   * @param field the property at fault, for dialects that name it; {@code null} for none
   */
  public HttpProblem(int status, String field, String message) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }
}
