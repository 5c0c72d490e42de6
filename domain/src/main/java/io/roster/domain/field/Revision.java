package io.roster.domain.field;

import java.util.List;
import java.util.Objects;

/** An aggregate after a change, with the fields the change touched; none means nothing changed. */
public record Revision<A>(A after, List<FieldChange> changes) {
  public Revision {
    Objects.requireNonNull(after, "after");
    changes = List.copyOf(changes);
  }

  public static <A> Revision<A> unchanged(A value) {
    return new Revision<>(value, List.of());
  }

  public boolean changed() {
    return !changes.isEmpty();
  }
}
