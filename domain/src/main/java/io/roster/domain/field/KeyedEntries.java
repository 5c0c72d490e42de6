package io.roster.domain.field;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A draft's value for a keyed field: the entries it gives and the keys it speaks for. A covered key
 * without an entry is cleared; a key outside the scope keeps its stored entry.
 */
public record KeyedEntries<V>(KeyScope scope, Map<String, V> entries) {
  public KeyedEntries {
    Objects.requireNonNull(scope, "scope");
    // A copy that allows null values: a null entry clears that key.
    entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public static <V> KeyedEntries<V> all(Map<String, V> entries) {
    return new KeyedEntries<>(KeyScope.all(), entries);
  }
}
