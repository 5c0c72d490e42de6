package io.roster.adapter.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One user as a file (or a command line) gives it: texts by column name, names in lower case; a
 * column present with an empty or null value clears its field. {@code line} is where the row starts
 * in its file (1 for the first line); {@code problem}, when not null, says why the line is no row
 * at all (not JSON, say).
 */
record Row(long line, Map<String, String> values, String problem) {
  Row(long line, Map<String, String> values) {
    this(line, values, null);
  }

  static Row broken(long line, String problem) {
    return new Row(line, Map.of(), problem);
  }

  Row {
    Map<String, String> lower = new LinkedHashMap<>();
    values.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
    values = Collections.unmodifiableMap(lower);
  }

  boolean has(String column) {
    return values.containsKey(column);
  }

  /** The column's text, null when absent or empty. */
  String text(String column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? null : value;
  }
}
