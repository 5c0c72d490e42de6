package io.roster.domain.field;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Which keys of a keyed field (custom fields, licences) a draft speaks for. Keys ignore case. */
public sealed interface KeyScope {

  boolean covers(String key);

  static KeyScope all() {
    return All.INSTANCE;
  }

  static KeyScope only(Set<String> keys) {
    return new Only(keys);
  }

  static KeyScope prefixed(String prefix) {
    return new Prefixed(prefix);
  }

  enum All implements KeyScope {
    INSTANCE;

    @Override
    public boolean covers(String key) {
      return true;
    }
  }

  record Only(Set<String> keys) implements KeyScope {
    public Only {
      keys =
          keys.stream()
              .map(k -> k.toLowerCase(Locale.ROOT))
              .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean covers(String key) {
      return keys.contains(key.toLowerCase(Locale.ROOT));
    }
  }

  record Prefixed(String prefix) implements KeyScope {
    public Prefixed {
      prefix = Objects.requireNonNull(prefix, "prefix").toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean covers(String key) {
      return key.toLowerCase(Locale.ROOT).startsWith(prefix);
    }
  }
}
