package io.roster.adapter.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The one JSON mapper of the REST adapter: property names match ignoring case (as both source
 * systems do), unknown properties are left to the dialect, nulls are written (the seeds show every
 * property), integer properties take whole numbers only, and input is bounded in depth and size
 * ({@link #LIMITS}, shared with {@link XmlCodec}). A body beyond a limit fails with a {@link
 * StreamConstraintsException} that says, in the client's terms, which limit it broke.
 */
public final class JsonCodec {
  /**
   * Objects and arrays inside one another. The deepest body a dialect takes is a user with its
   * embedded sales organization (three levels); 64 leaves room for richer dialects and is far from
   * what would strain the parser's or the deserializers' stack.
   */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * Characters in one string value. The only unbounded text the directory keeps is a user's notes,
   * and no value can be longer than the default body limit (1 MiB) anyway; this bound holds even
   * where the body limit has been raised.
   */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /**
   * Characters in one number. Ids are text, the numbers the dialects take are small counts and
   * flags; 100 digits is far beyond any of them, and keeps a client from making the server convert
   * a million-digit number (Jackson's default is 1,000).
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Characters in one property name. The longest names are custom fields (at most 64 characters);
   * unknown names are echoed in errors, so they are kept short (Jackson's default is 50,000).
   */
  public static final int MAX_NAME_LENGTH = 256;

  /** The bounds on every body read, JSON or XML. */
  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build();

  private final ObjectMapper mapper;

  public JsonCodec() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            // Errors (and so logs) do not quote the body: it may hold a password.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.mapper = configured(JsonMapper.builder(factory)).build();
  }

  /** The mapper features both codecs share, so that JSON and XML bodies bind alike. */
  static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configured(B builder) {
    return builder
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // One value per body: {"a": 1} {"b": 2} is malformed, not {"a": 1}; so is an XML document
        // with another element, or text, after its root element.
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // An integer property takes whole numbers only: 1.5 is refused, not cut to 1 (and so is
        // 1.0,
        // as any number written with a fraction or an exponent).
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .serializationInclusion(JsonInclude.Include.ALWAYS);
  }

  public <T> T read(Buffer body, Class<T> type) throws JsonProcessingException {
    return read(mapper, body, type);
  }

  /**
   * The properties of {@code body} that {@code type} has not, at any depth, by path as sent ({@code
   * Person.Shoe}, {@code OtherGroups[0].Colour}), for {@code Prefer: handling=strict}.
   */
  public List<String> unknownProperties(Buffer body, Class<?> type) throws JsonProcessingException {
    return UnknownProperties.of(mapper, body, type);
  }

  /**
   * A body that must be a JSON object, as Vert.x's {@link JsonObject} but parsed within {@link
   * #LIMITS}; {@code null} when the body is empty or {@code null}. Vert.x's own parsing ({@code
   * RequestBody.asJsonObject()}) knows only Jackson's far larger defaults.
   */
  @SuppressWarnings("unchecked")
  public JsonObject readObject(Buffer body) throws JsonProcessingException {
    if (body == null || body.length() == 0) {
      return null;
    }
    Map<String, Object> map = read(body, Map.class);
    return map == null ? null : new JsonObject(map);
  }

  public Buffer write(Object value) {
    try {
      return Buffer.buffer(mapper.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response could not be written as JSON", e);
    }
  }

  /** Reads with {@code mapper}, a broken limit reported as {@link #explained}. */
  static <T> T read(ObjectMapper mapper, Buffer body, Class<T> type)
      throws JsonProcessingException {
    try {
      return mapper.readValue(body.getBytes(), type);
    } catch (JsonProcessingException e) {
      throw explained(e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a buffer in memory failed", e);
    }
  }

  /**
   * {@code e}, or the limit it (or its cause) broke in words a client understands: Jackson's own
   * message names its Java methods ({@code StreamReadConstraints.getMaxNestingDepth()}), which an
   * answer must not show.
   */
  static JsonProcessingException explained(JsonProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException limit) {
        return new StreamConstraintsException(describe(limit), e.getLocation());
      }
    }
    return e;
  }

  private static String describe(StreamConstraintsException limit) {
    String message = String.valueOf(limit.getOriginalMessage());
    if (message.contains("getMaxNestingDepth")) {
      return "nesting is deeper than " + MAX_NESTING_DEPTH + " levels";
    } else if (message.contains("getMaxStringLength")) {
      return "a text value is longer than " + MAX_STRING_LENGTH + " characters";
    } else if (message.contains("getMaxNumberLength")) {
      return "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
    } else if (message.contains("getMaxNameLength")) {
      return "a property name is longer than " + MAX_NAME_LENGTH + " characters";
    }
    return "the body is larger or more complex than the server accepts";
  }
}
