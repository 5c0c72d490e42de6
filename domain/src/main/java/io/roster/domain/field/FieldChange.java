package io.roster.domain.field;

import java.util.Objects;

/** One field that an update changed, with its values before and after as text (null when empty). */
public record FieldChange(String field, String before, String after) {
  public FieldChange {
    Objects.requireNonNull(field, "field");
  }
}
