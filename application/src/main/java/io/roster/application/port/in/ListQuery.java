package io.roster.application.port.in;

import java.util.List;

/**
 * One page of a list: an optional text that some searchable field contains (ignoring case), an
 * optional filter, whether archived entries are included, the window, and the order: the sort keys
 * first, then the entry's own number (a user's associate id), so that pages are stable. Lists of
 * users follow {@code order}; other lists keep their own order.
 */
public record ListQuery(
    String text,
    Criterion filter,
    boolean includeArchived,
    int offset,
    int limit,
    List<SortKey> order) {
  public static final int MAX_LIMIT = 1000;

  public ListQuery(String text, boolean includeArchived, int offset, int limit) {
    this(text, null, includeArchived, offset, limit);
  }

  public ListQuery(String text, Criterion filter, boolean includeArchived, int offset, int limit) {
    this(text, filter, includeArchived, offset, limit, List.of());
  }

  public ListQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    text = text == null || text.isBlank() ? null : text;
    order = order == null ? List.of() : List.copyOf(order);
  }

  public static ListQuery firstPage(int limit) {
    return new ListQuery(null, null, false, 0, limit);
  }
}
