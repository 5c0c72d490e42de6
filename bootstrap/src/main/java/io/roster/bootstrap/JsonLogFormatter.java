package io.roster.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per log record, on one line: {@code time}, {@code level}, {@code logger}, {@code
 * message}, the fields a record carries as its last parameter (a request's {@code requestId},
 * {@code method}, {@code path}, {@code route}, {@code status}, {@code durationMs}), and {@code
 * error} with the stack trace of a failure.
 */
final class JsonLogFormatter extends Formatter {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String format(LogRecord record) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.ofEpochMilli(record.getMillis()).toString());
    line.put("level", record.getLevel().getName());
    line.put("logger", record.getLoggerName());
    line.put("message", formatMessage(record));
    Object[] parameters = record.getParameters();
    if (parameters != null
        && parameters.length > 0
        && parameters[parameters.length - 1] instanceof Map<?, ?> fields) {
      fields.forEach((name, value) -> line.putIfAbsent(String.valueOf(name), value));
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      line.put("error", trace.toString());
    }
    try {
      return JSON.writeValueAsString(line) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      return "{\"level\":\"SEVERE\",\"message\":\"a log record could not be written as JSON\"}"
          + System.lineSeparator();
    }
  }
}
