package io.roster.domain.field;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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

  /** The same change with {@code after} seen through {@code view}. */
  public <B> Revision<B> map(Function<A, B> view) {
    return new Revision<>(view.apply(after), changes);
  }
}
