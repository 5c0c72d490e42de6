package io.roster.bench;

import java.util.SortedMap;

/**
 * What one database with a given number of users stored measured. With more users stored than the
 * small count, {@code fewInUse...} are the same measurements confined to that many users (one
 * thread); else they are null.
 */
record Result(
    String database,
    String version,
    int users,
    double loadAverage,
    Measurement lookups,
    SortedMap<Integer, Comparison> updates,
    Measurement fewInUseLookups,
    Comparison fewInUseUpdates) {

  /** The two update paths at one thread count. */
  record Comparison(Measurement repository, Measurement plainJdbc) {
    double ratio() {
      return repository.perSecond() / plainJdbc.perSecond();
    }
  }
}
