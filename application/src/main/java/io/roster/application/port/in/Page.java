package io.roster.application.port.in;

import java.util.List;
import java.util.function.Function;

/** A window of a list and how long the whole list is. */
public record Page<T>(List<T> items, long total, int offset) {
  public Page {
    items = List.copyOf(items);
  }

  public boolean hasMore() {
    return offset + items.size() < total;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, offset);
  }
}
