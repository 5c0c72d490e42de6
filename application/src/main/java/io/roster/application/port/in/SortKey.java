package io.roster.application.port.in;

import io.roster.domain.field.Field;

/**
 * One key of a list's order: a field, or (when {@code field} is null) the entry's own number (a
 * user's associate id); ascending unless {@code descending}. Texts compare ignoring case; an empty
 * value comes after every other one (before, when descending).
 */
public record SortKey(Field<?, ?> field, boolean descending) {
  /** By the entry's own number. */
  public static SortKey byNumber(boolean descending) {
    return new SortKey(null, descending);
  }
}
