package io.roster.adapter.rest.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The samples of a Prometheus text exposition: {@code name{label="value",...} number}. */
public record Samples(List<Sample> all) {
  private static final Pattern LINE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One sample: its metric's name, its labels, its value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  public static Samples parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher matcher = LINE.matcher(line.trim());
      if (!matcher.matches()) {
        throw new AssertionError("not a sample line: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (matcher.group(2) != null) {
        Matcher label = LABEL.matcher(matcher.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(matcher.group(1), labels, Double.parseDouble(matcher.group(3))));
    }
    return new Samples(List.copyOf(samples));
  }

  /**
   * The value of the sample {@code name} whose labels include {@code labels} (name, value, ...);
   * empty when there is none.
   */
  public OptionalDouble value(String name, String... labels) {
    return all.stream()
        .filter(sample -> sample.name().equals(name) && has(sample, labels))
        .mapToDouble(Sample::value)
        .findFirst();
  }

  /** Every sample of {@code name}. */
  public List<Sample> of(String name) {
    return all.stream().filter(sample -> sample.name().equals(name)).toList();
  }

  private static boolean has(Sample sample, String... labels) {
    for (int i = 0; i < labels.length; i += 2) {
      if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
        return false;
      }
    }
    return true;
  }
}
