package io.roster.adapter.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The properties of a body that its type does not have, at any depth, by their path as sent ({@code
 * Person.Shoe}, {@code OtherGroups[0].Colour}): the body is bound once more with a problem handler
 * that notes each unknown property instead of skipping it silently.
 */
final class UnknownProperties {
  private UnknownProperties() {}

  static List<String> of(ObjectMapper mapper, Buffer body, Class<?> type)
      throws JsonProcessingException {
    List<String> unknown = new ArrayList<>();
    DeserializationProblemHandler noting =
        new DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(
              DeserializationContext context,
              JsonParser parser,
              JsonDeserializer<?> deserializer,
              Object bean,
              String name)
              throws IOException {
            unknown.add(path(parser.getParsingContext(), name));
            parser.skipChildren();
            return true;
          }
        };
    try {
      mapper.readerFor(type).withHandler(noting).readValue(body.getBytes());
    } catch (JsonProcessingException e) {
      throw JsonCodec.explained(e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a buffer in memory failed", e);
    }
    return unknown;
  }

  /** {@code name} in the object {@code context} is reading, with the names and indexes above it. */
  private static String path(JsonStreamContext context, String name) {
    Deque<String> parts = new ArrayDeque<>();
    parts.push(name);
    for (JsonStreamContext above = context.getParent();
        above != null && !above.inRoot();
        above = above.getParent()) {
      if (above.inArray()) {
        parts.push("[" + above.getCurrentIndex() + "]");
      } else if (above.getCurrentName() != null) {
        parts.push(above.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      if (path.length() > 0 && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
    }
    return path.toString();
  }
}
