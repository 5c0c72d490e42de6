package io.roster.application.port.in;

/**
 * One page of a list: an optional text that some searchable field contains (ignoring case), an
 * optional filter, whether archived entries are included, and the window.
 */
public record ListQuery(
    String text, Criterion filter, boolean includeArchived, int offset, int limit) {
  public static final int MAX_LIMIT = 1000;

  public ListQuery(String text, boolean includeArchived, int offset, int limit) {
    this(text, null, includeArchived, offset, limit);
  }

  public ListQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    text = text == null || text.isBlank() ? null : text;
  }

  public static ListQuery firstPage(int limit) {
    return new ListQuery(null, null, false, 0, limit);
  }
}
