package io.roster.adapter.rest.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** The fuzzer's choices, all drawn from one seeded generator so that a seed repeats a run. */
final class Dice {
  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number from {@code from} to {@code to}, both included. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  long nextLong() {
    return random.nextLong();
  }

  @SafeVarargs
  final <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A choice and how likely it is against the others. */
  record Option<T>(int weight, Supplier<? extends T> value) {}

  static <T> Option<T> w(int weight, Supplier<? extends T> value) {
    return new Option<>(weight, value);
  }

  /** The value of one of {@code options}, each as likely as its weight. */
  @SafeVarargs
  final <T> T weighted(Option<? extends T>... options) {
    int total = 0;
    for (Option<? extends T> option : options) {
      total += option.weight();
    }
    int roll = random.nextInt(total);
    for (Option<? extends T> option : options) {
      roll -= option.weight();
      if (roll < 0) {
        return option.value().get();
      }
    }
    throw new AssertionError();
  }
}
