package io.roster.application.memory;

import io.roster.application.port.out.LoginFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Failed log-ons in a map, for one process. */
public final class InMemoryLoginFailures implements LoginFailures {
  private static final Comparator<Failure> LATEST_LAST =
      Comparator.comparing(Failure::at).thenComparingInt(Failure::count);

  private final Map<String, List<Failure>> byKey = new HashMap<>();

  @Override
  public synchronized void add(String key, Failure failure) {
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(failure);
  }

  @Override
  public synchronized Optional<Failure> latest(String key) {
    return byKey.getOrDefault(key, List.of()).stream().max(LATEST_LAST);
  }

  @Override
  public synchronized int countAfter(String key, Instant after) {
    return (int)
        byKey.getOrDefault(key, List.of()).stream().filter(f -> f.at().isAfter(after)).count();
  }

  @Override
  public synchronized void clear(String key) {
    byKey.remove(key);
  }

  @Override
  public synchronized void forgetBefore(Instant before) {
    byKey.values().forEach(failures -> failures.removeIf(f -> f.at().isBefore(before)));
    byKey.values().removeIf(List::isEmpty);
  }

  /** How many failures are kept, of every key. */
  public synchronized int size() {
    return byKey.values().stream().mapToInt(List::size).sum();
  }
}
