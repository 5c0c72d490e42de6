package io.roster.bench;

import org.HdrHistogram.Histogram;

/**
 * How many operations ran in how much wall-clock time, how much CPU time the calling threads used,
 * and how long each operation took.
 */
record Measurement(long operations, long elapsedNanos, long cpuNanos, Histogram latencies) {

  static Measurement empty() {
    return new Measurement(0, 0, 0, newHistogram());
  }

  /** Nanoseconds with three significant digits, any range. */
  static Histogram newHistogram() {
    return new Histogram(3);
  }

  /** Both measurements as one: their operations over their summed time. */
  Measurement plus(Measurement other) {
    Histogram sum = latencies.copy();
    sum.add(other.latencies);
    return new Measurement(
        operations + other.operations,
        elapsedNanos + other.elapsedNanos,
        cpuNanos + other.cpuNanos,
        sum);
  }

  double perSecond() {
    return operations * 1e9 / elapsedNanos;
  }

  /**
   * CPU time of the calling threads per operation: the client side of the work (all of it on H2).
   */
  double cpuMicros() {
    return operations == 0 ? 0 : cpuNanos / 1_000.0 / operations;
  }

  double meanMicros() {
    return latencies.getMean() / 1_000;
  }

  double micros(double percentile) {
    return latencies.getValueAtPercentile(percentile) / 1_000.0;
  }
}
