package io.roster.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The two file formats of import and export. JSON Lines: one user per line, an object whose
 * properties are the columns, the sales organization nested as an object under {@code
 * sales_organization}. CSV: a header row naming the columns, {@code sales_organization.code} and so
 * on for the organization, then one user per record.
 */
enum RowFormat {
  JSONL,
  CSV;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV_MAPPER = new CsvMapper();

  /** The format a file's name says: {@code .csv} is CSV, anything else JSON Lines. */
  static RowFormat ofFileName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
  }

  /** The rows of {@code reader}, read as they are asked for. */
  Iterator<Row> rows(BufferedReader reader) {
    return this == JSONL ? new JsonLines(reader) : csvRows(reader);
  }

  /** A writer of rows in this format on {@code out}; closing it flushes. */
  RowWriter writer(Writer out) {
    return this == JSONL ? new JsonLinesWriter(out) : new CsvWriter(out);
  }

  interface RowWriter extends AutoCloseable {
    void write(Map<String, Object> row);

    @Override
    void close();
  }

  // JSON Lines

  private static final class JsonLines implements Iterator<Row> {
    private final BufferedReader reader;
    private long line;
    private Row next;

    JsonLines(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      try {
        String text;
        while ((text = reader.readLine()) != null) {
          line++;
          if (!text.isBlank()) {
            next = row(line, text);
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }

    private static Row row(long line, String text) {
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        return Row.broken(line, "is not JSON: " + e.getOriginalMessage());
      }
      if (!(node instanceof ObjectNode object)) {
        return Row.broken(line, "is not a JSON object");
      }
      Map<String, String> values = new LinkedHashMap<>();
      var fields = object.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (value.isObject() && name.equalsIgnoreCase(UserColumns.ORGANIZATION)) {
          var nested = value.fields();
          while (nested.hasNext()) {
            var inner = nested.next();
            String text2 = text(inner.getValue());
            if (text2 == null && !inner.getValue().isNull()) {
              return Row.broken(line, name + "." + inner.getKey() + " is not a text");
            }
            values.put(name + "." + inner.getKey(), text2);
          }
        } else {
          String given = text(value);
          if (given == null && !value.isNull()) {
            return Row.broken(line, name + " is not a text, a number or true/false");
          }
          values.put(name, given);
        }
      }
      return new Row(line, values);
    }

    /** A text, number or flag as text; null for null and for anything else. */
    private static String text(JsonNode value) {
      return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
  }

  private static final class JsonLinesWriter implements RowWriter {
    private final Writer out;

    JsonLinesWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(Map<String, Object> row) {
      ObjectNode object = json(row);
      try {
        out.write(line(object));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A row as a JSON object: empty values left out, the organization nested. */
  static ObjectNode json(Map<String, Object> row) {
    ObjectNode object = JSON.createObjectNode();
    ObjectNode organization = null;
    String prefix = UserColumns.ORGANIZATION + ".";
    for (Map.Entry<String, Object> entry : row.entrySet()) {
      if (entry.getValue() == null) {
        continue;
      }
      ObjectNode target = object;
      String name = entry.getKey();
      if (name.startsWith(prefix)) {
        if (organization == null) {
          organization = object.putObject(UserColumns.ORGANIZATION);
        }
        target = organization;
        name = name.substring(prefix.length());
      }
      if (entry.getValue() instanceof Boolean flag) {
        target.put(name, flag);
      } else {
        target.put(name, entry.getValue().toString());
      }
    }
    return object;
  }

  /** {@code node} as one line of JSON. */
  static String line(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code node} as indented JSON. */
  static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // CSV

  private static Iterator<Row> csvRows(BufferedReader reader) {
    MappingIterator<Map<String, String>> records;
    try {
      records =
          CSV_MAPPER
              .readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(reader);
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.USAGE, "cannot read the CSV header: " + e.getMessage());
    }
    return new Iterator<>() {
      private boolean headerChecked;

      @Override
      public boolean hasNext() {
        try {
          boolean more = records.hasNextValue();
          if (!headerChecked) {
            headerChecked = true;
            checkHeader(records);
          }
          return more;
        } catch (IOException e) {
          throw new CliFailure(ExitCodes.FAILED, "cannot read the CSV file: " + e.getMessage());
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long line = records.getCurrentLocation().getLineNr();
        try {
          return new Row(line, records.nextValue());
        } catch (IOException | RuntimeException e) {
          throw new CliFailure(
              ExitCodes.FAILED, "line " + line + ": not a CSV record: " + e.getMessage());
        }
      }
    };
  }

  private static void checkHeader(MappingIterator<?> records) {
    if (!(records.getParserSchema() instanceof CsvSchema schema)) {
      return;
    }
    List<String> unknown = new java.util.ArrayList<>();
    schema.forEach(
        column -> {
          if (!UserColumns.isColumn(column.getName())) {
            unknown.add(column.getName());
          }
        });
    if (!unknown.isEmpty()) {
      throw new CliFailure(
          ExitCodes.USAGE,
          "unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown));
    }
  }

  private static final class CsvWriter implements RowWriter {
    private final SequenceWriter writer;

    CsvWriter(Writer out) {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      UserColumns.WRITTEN.forEach(schema::addColumn);
      try {
        this.writer =
            CSV_MAPPER
                .writerFor(Map.class)
                .with(schema.build())
                // Quotes a value only when it must be (not every long one).
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(Map<String, Object> row) {
      try {
        writer.write(row);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
