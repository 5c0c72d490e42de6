package io.roster.adapter.rest.http;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import io.roster.domain.field.StorableText;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLInputFactory;

/**
 * The one XML mapper of the REST adapter (for the SuperOffice dialect), bound like {@link
 * JsonCodec} and as hardened: no DTD is read, so no entity is ever declared, expanded or fetched
 * (no "billion laughs", no {@code <!ENTITY x SYSTEM "file:///...">}); a document that uses one
 * fails. Input is bounded by {@link JsonCodec#LIMITS}, which Woodstox also enforces on elements,
 * text and attributes.
 */
public final class XmlCodec {
  private final ObjectMapper mapper;

  public XmlCodec() {
    this(false);
  }

  /**
   * @param nullsAsNil whether a null is written as {@code <Name xsi:nil="true"/>}, as .NET writes
   *     it (a .NET client reads an empty element as an empty string), rather than {@code <Name/>};
   *     either is read as null
   */
  public XmlCodec(boolean nullsAsNil) {
    XmlFactory factory =
        XmlFactory.builder()
            .xmlInputFactory(hardenedInput())
            .streamReadConstraints(JsonCodec.LIMITS)
            // Errors (and so logs) do not quote the body.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.mapper =
        JsonCodec.configured(XmlMapper.builder(factory))
            // An empty element is null, as null is written: an empty element (symmetric round
            // trips).
            .enable(FromXmlParser.Feature.EMPTY_ELEMENT_AS_NULL)
            .configure(ToXmlGenerator.Feature.WRITE_NULLS_AS_XSI_NIL, nullsAsNil)
            .build();
  }

  /**
   * Woodstox, named rather than looked up, so that these properties are the ones in force whatever
   * else is on the class path.
   */
  private static XMLInputFactory hardenedInput() {
    XMLInputFactory input = new WstxInputFactory();
    // A DOCTYPE is skipped unread: its entity declarations do not exist, and a reference to one
    // fails.
    input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // Kept true on purpose: with false, a reference to an undeclared entity would be dropped
    // silently (the text around it read as if it were not there) instead of failing.
    input.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    input.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, JsonCodec.MAX_NESTING_DEPTH);
    input.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, JsonCodec.MAX_STRING_LENGTH);
    input.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, JsonCodec.MAX_STRING_LENGTH);
    return input;
  }

  public <T> T read(Buffer body, Class<T> type) throws JsonProcessingException {
    return JsonCodec.read(mapper, body, type);
  }

  /** As {@link JsonCodec#unknownProperties}, for an XML body. */
  public List<String> unknownProperties(Buffer body, Class<?> type) throws JsonProcessingException {
    return UnknownProperties.of(mapper, body, type);
  }

  /**
   * The local name of {@code body}'s root element, read as hardened as {@link #read}.
   *
   * @throws JsonProcessingException when the body is not XML (or breaks the limits)
   */
  public String rootName(Buffer body) throws JsonProcessingException {
    try (JsonParser parser = mapper.getFactory().createParser(body.getBytes())) {
      // The parser stands on the root element once created.
      return ((FromXmlParser) parser).getStaxReader().getLocalName();
    } catch (JsonProcessingException e) {
      throw JsonCodec.explained(e);
    } catch (IOException | IllegalStateException e) {
      throw new JsonParseException(null, "The body is not an XML document.");
    }
  }

  /**
   * {@code text} with each character XML 1.0 cannot carry (those {@link StorableText} refuses)
   * replaced by U+FFFD, for a message that echoes what a request sent: writing such a character
   * fails. Answers are not treated so: a value that cannot be written fails its answer (a 500)
   * rather than reach the client altered.
   */
  public static String carriable(String text) {
    if (StorableText.storable(text)) {
      return text;
    }
    StringBuilder carried = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        carried.append(c).append(text.charAt(++i));
      } else {
        carried.append(StorableText.storable(String.valueOf(c)) ? c : '\uFFFD');
      }
    }
    return carried.toString();
  }

  public Buffer write(Object value) {
    try {
      return Buffer.buffer(mapper.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response could not be written as XML", e);
    }
  }

  /** {@code value} as XML with {@code rootName} as its root element's name. */
  public Buffer write(Object value, String rootName) {
    try {
      return Buffer.buffer(mapper.writer().withRootName(rootName).writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response could not be written as XML", e);
    }
  }
}
