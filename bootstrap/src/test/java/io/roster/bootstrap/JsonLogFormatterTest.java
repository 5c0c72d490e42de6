package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code ROSTER_LOG_FORMAT=json}: one JSON object per line, a request's fields beside the message.
 */
class JsonLogFormatterTest {
  private final JsonLogFormatter formatter = new JsonLogFormatter();

  private static JsonNode parse(String line) throws Exception {
    assertThat(line).endsWith(System.lineSeparator());
    assertThat(line.strip()).doesNotContain("\n");
    return new ObjectMapper().readTree(line);
  }

  @Test
  void an_access_log_record_has_its_message_and_the_requests_fields() throws Exception {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("requestId", "abc-123");
    fields.put("method", "PUT");
    fields.put("path", "/api/v1/User/7");
    fields.put("route", "/api/v1/User/{id}");
    fields.put("status", 200);
    fields.put("durationMs", 3.1);
    LogRecord record = new LogRecord(Level.INFO, "{0}");
    record.setLoggerName("roster.http");
    record.setParameters(new Object[] {"abc-123 PUT /api/v1/User/7 -> 200 in 3.1 ms", fields});

    JsonNode line = parse(formatter.format(record));

    assertThat(line.get("level").asText()).isEqualTo("INFO");
    assertThat(line.get("logger").asText()).isEqualTo("roster.http");
    assertThat(line.get("message").asText())
        .isEqualTo("abc-123 PUT /api/v1/User/7 -> 200 in 3.1 ms");
    assertThat(line.get("requestId").asText()).isEqualTo("abc-123");
    assertThat(line.get("route").asText()).isEqualTo("/api/v1/User/{id}");
    assertThat(line.get("status").asInt()).isEqualTo(200);
    assertThat(line.get("durationMs").asDouble()).isEqualTo(3.1);
    assertThat(line.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void a_failure_is_one_line_with_its_stack_trace_in_a_field() throws Exception {
    LogRecord record = new LogRecord(Level.SEVERE, "request abc failed");
    record.setLoggerName("roster.wello");
    record.setThrown(new IllegalStateException("boom"));

    JsonNode line = parse(formatter.format(record));

    assertThat(line.get("message").asText()).isEqualTo("request abc failed");
    assertThat(line.get("error").asText()).contains("IllegalStateException: boom");
  }

  @Test
  void the_format_is_a_setting_text_by_default() {
    assertThat(Settings.load(Map.of(), null).logFormat()).isEqualTo(Settings.LogFormat.TEXT);
    assertThat(Settings.load(Map.of("ROSTER_LOG_FORMAT", "JSON"), null).logFormat())
        .isEqualTo(Settings.LogFormat.JSON);
    assertThatThrownBy(() -> Settings.load(Map.of("ROSTER_LOG_FORMAT", "xml"), null))
        .isInstanceOf(ConfigurationError.class)
        .hasMessage("ROSTER_LOG_FORMAT=xml: must be text or json");
  }
}
