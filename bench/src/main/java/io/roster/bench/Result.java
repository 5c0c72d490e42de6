package io.roster.bench;

import java.util.SortedMap;

/** What one database with a given number of users stored measured. */
record Result(
    String database,
    String version,
    int users,
    double loadAverage,
    Measurement lookups,
    SortedMap<Integer, Comparison> updates) {

  /** The two update paths at one thread count. */
  record Comparison(Measurement repository, Measurement plainJdbc) {
    double ratio() {
      return repository.perSecond() / plainJdbc.perSecond();
    }
  }
}
