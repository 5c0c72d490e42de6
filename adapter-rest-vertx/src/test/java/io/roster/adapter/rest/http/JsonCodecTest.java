package io.roster.adapter.rest.http;

import static io.roster.adapter.rest.http.JsonCodec.MAX_NAME_LENGTH;
import static io.roster.adapter.rest.http.JsonCodec.MAX_NESTING_DEPTH;
import static io.roster.adapter.rest.http.JsonCodec.MAX_NUMBER_LENGTH;
import static io.roster.adapter.rest.http.JsonCodec.MAX_STRING_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The bounds on JSON bodies: each refused one step past it, in words a client understands. */
class JsonCodecTest {
  private final JsonCodec json = new JsonCodec();

  record Holder(String name, Object extra) {}

  /** An object holding {@code value} under "x". */
  private static Buffer object(String value) {
    return Buffer.buffer("{\"x\": " + value + "}");
  }

  /** Arrays inside one another, {@code depth} levels. */
  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static void assertRefused(ThrowingCallable read, String message) {
    assertThatThrownBy(read)
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining(message)
        .message()
        .doesNotContain("StreamReadConstraints")
        .doesNotContain("com.fasterxml");
  }

  @Test
  void nesting_up_to_the_limit_is_read_and_deeper_is_refused() throws JsonProcessingException {
    // The object around the arrays is the first level.
    assertThat(json.read(object(nested(MAX_NESTING_DEPTH - 1)), Map.class)).containsKey("x");

    String message = "nesting is deeper than " + MAX_NESTING_DEPTH + " levels";
    assertRefused(() -> json.read(object(nested(MAX_NESTING_DEPTH)), Map.class), message);
    assertRefused(() -> json.read(object(nested(1_000)), Map.class), message);
  }

  @Test
  void too_deep_nesting_in_a_property_of_a_type_is_refused_as_clearly() {
    Buffer body = Buffer.buffer("{\"name\": \"Ada\", \"extra\": " + nested(1_000) + "}");

    assertRefused(
        () -> json.read(body, Holder.class),
        "nesting is deeper than " + MAX_NESTING_DEPTH + " levels");
  }

  @Test
  void a_string_up_to_the_limit_is_read_and_a_longer_one_is_refused()
      throws JsonProcessingException {
    String longest = "s".repeat(MAX_STRING_LENGTH);
    assertThat(json.read(object("\"" + longest + "\""), Map.class).get("x")).isEqualTo(longest);

    assertRefused(
        () -> json.read(object("\"" + longest + "s\""), Map.class),
        "a text value is longer than " + MAX_STRING_LENGTH + " characters");
  }

  @Test
  void a_number_up_to_the_limit_is_read_and_a_longer_one_is_refused()
      throws JsonProcessingException {
    assertThat(json.read(object("9".repeat(MAX_NUMBER_LENGTH)), Map.class)).containsKey("x");

    String message = "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
    assertRefused(() -> json.read(object("9".repeat(MAX_NUMBER_LENGTH + 1)), Map.class), message);
    assertRefused(
        () -> json.read(object("0." + "1".repeat(MAX_NUMBER_LENGTH)), Map.class), message);
  }

  @Test
  void a_property_name_up_to_the_limit_is_read_and_a_longer_one_is_refused()
      throws JsonProcessingException {
    String longest = "n".repeat(MAX_NAME_LENGTH);
    assertThat(json.read(Buffer.buffer("{\"" + longest + "\": 1}"), Map.class))
        .containsKey(longest);

    assertRefused(
        () -> json.read(Buffer.buffer("{\"" + longest + "n\": 1}"), Map.class),
        "a property name is longer than " + MAX_NAME_LENGTH + " characters");
  }

  @Test
  void a_second_value_after_the_body_is_refused() throws JsonProcessingException {
    assertThatThrownBy(() -> json.read(Buffer.buffer("{\"a\": 1} {\"b\": 2}"), Map.class))
        .isInstanceOfSatisfying(
            JsonProcessingException.class,
            e ->
                assertThat(JsonProblems.describe(e))
                    .startsWith("the body goes on after the end of its JSON value"));
  }

  @Test
  void read_object_gives_a_vertx_object_within_the_same_limits() throws JsonProcessingException {
    JsonObject read =
        json.readObject(Buffer.buffer("{\"username\": \"ada\", \"inner\": {\"n\": 1}}"));
    assertThat(read.getString("username")).isEqualTo("ada");
    assertThat(read.getJsonObject("inner").getInteger("n")).isEqualTo(1);
    assertThat(json.readObject(Buffer.buffer())).isNull();
    assertThat(json.readObject(null)).isNull();

    assertRefused(() -> json.readObject(object(nested(1_000))), "nesting is deeper than");
    assertThatThrownBy(() -> json.readObject(Buffer.buffer("[1, 2]")))
        .isInstanceOf(JsonProcessingException.class);
  }

  record Counted(Integer count, int times) {}

  @Test
  void an_integer_property_takes_whole_numbers_only_and_a_fraction_is_named_as_such()
      throws JsonProcessingException {
    assertThat(json.read(Buffer.buffer("{\"count\": 2, \"times\": -3}"), Counted.class))
        .isEqualTo(new Counted(2, -3));

    for (String body :
        List.of(
            "{\"count\": 1.5, \"times\": 1}",
            "{\"count\": 1.0, \"times\": 1}",
            "{\"count\": 1e0, \"times\": 1}",
            "{\"count\": \"2.5\", \"times\": 1}",
            "{\"times\": 0.5}")) {
      assertThatThrownBy(() -> json.read(Buffer.buffer(body), Counted.class))
          .as(body)
          .isInstanceOfSatisfying(
              JsonProcessingException.class,
              e -> {
                assertThat(JsonProblems.path(e))
                    .isEqualTo(body.contains("count") ? "count" : "times");
                assertThat(JsonProblems.describe(e)).startsWith("must be a whole number (line 1");
              });
    }
    assertThatThrownBy(
            () -> json.read(Buffer.buffer("{\"count\": \"many\", \"times\": 1}"), Counted.class))
        .isInstanceOfSatisfying(
            JsonProcessingException.class,
            e -> assertThat(JsonProblems.describe(e)).startsWith("must be a number (line 1"));
  }
}
