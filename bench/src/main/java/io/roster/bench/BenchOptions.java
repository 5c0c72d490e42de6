package io.roster.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to measure and for how long. Each option is read from {@code --name=value} on the command
 * line, else from the environment variable {@code BENCH_NAME} (dashes become underscores), else its
 * default (1,000 and 1,000,000 users, both databases, 1 and 4 threads; about 17 minutes on two idle
 * cores, most of it loading the million users into H2).
 */
record BenchOptions(
    List<String> databases,
    int smallUsers,
    int largeUsers,
    List<Integer> threads,
    Duration measure,
    Duration warmUp,
    String pgUrl,
    String pgUser,
    String pgPassword,
    int h2CacheMegabytes,
    String groupCommit) {

  static final String H2 = "h2";
  static final String POSTGRES = "postgres";

  /** Group commit as Roster sets it by default: on for H2, off for PostgreSQL. */
  static final String ROSTER_DEFAULT = "default";

  BenchOptions {
    if (!List.of(ROSTER_DEFAULT, "on", "off").contains(groupCommit)) {
      throw new IllegalArgumentException("group-commit is default, on or off, not " + groupCommit);
    }
    databases = List.copyOf(databases);
    threads = List.copyOf(threads);
    for (String database : databases) {
      if (!database.equals(H2) && !database.equals(POSTGRES)) {
        throw new IllegalArgumentException("databases are h2 and postgres, not " + database);
      }
    }
    for (int count : List.of(smallUsers, largeUsers)) {
      for (int t : threads) {
        // Thread t updates the users t, t + threads, ...: every thread gets as many.
        if (t < 1 || count % t != 0 || count / t < 1) {
          throw new IllegalArgumentException(
              "user counts must be multiples of every thread count: "
                  + count
                  + " users, "
                  + t
                  + " threads");
        }
      }
    }
  }

  static BenchOptions from(String[] args, Map<String, String> env) {
    Map<String, String> given = new java.util.HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("options are --name=value: " + arg);
      }
      int eq = arg.indexOf('=');
      given.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    Source source = new Source(given, env);
    BenchOptions options =
        new BenchOptions(
            source.list("databases", "h2,postgres"),
            source.integer("users-small", 1_000),
            source.integer("users-large", 1_000_000),
            source.list("threads", "1,4").stream().map(Integer::parseInt).toList(),
            Duration.ofSeconds(source.integer("seconds", 10)),
            Duration.ofSeconds(source.integer("warmup-seconds", 10)),
            source.text("pg-url", "jdbc:postgresql://127.0.0.1:5432/test"),
            source.text("pg-user", "postgres"),
            source.text("pg-password", ""),
            source.integer("h2-cache-mb", 0),
            source.text("group-commit", ROSTER_DEFAULT));
    given.keySet().stream()
        .filter(name -> !Source.KNOWN.contains(name))
        .findFirst()
        .ifPresent(
            name -> {
              throw new IllegalArgumentException(
                  "unknown option --" + name + "; known: " + Source.KNOWN);
            });
    return options;
  }

  /** Whether the repository path commits with group commit on {@code database}. */
  boolean groupCommit(String database) {
    return groupCommit.equals(ROSTER_DEFAULT) ? database.equals(H2) : groupCommit.equals("on");
  }

  int maxThreads() {
    return threads.stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  private record Source(Map<String, String> given, Map<String, String> env) {
    static final List<String> KNOWN =
        List.of(
            "databases",
            "users-small",
            "users-large",
            "threads",
            "seconds",
            "warmup-seconds",
            "pg-url",
            "pg-user",
            "pg-password",
            "h2-cache-mb",
            "group-commit");

    String text(String name, String fallback) {
      String value = given.get(name);
      if (value == null) {
        value = env.get("BENCH_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
      }
      return value == null || value.isBlank() ? fallback : value.trim();
    }

    int integer(String name, int fallback) {
      return Integer.parseInt(text(name, Integer.toString(fallback)).replace("_", ""));
    }

    List<String> list(String name, String fallback) {
      return Arrays.stream(text(name, fallback).split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .map(s -> s.toLowerCase(Locale.ROOT))
          .toList();
    }
  }
}
