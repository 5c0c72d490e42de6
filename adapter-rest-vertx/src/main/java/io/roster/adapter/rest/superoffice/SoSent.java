package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A text member whose absence means something else than null: a property typed {@code SoSent} is
 * {@code null} when the request left it out, and {@link #text()} is {@code null} when the request
 * sent null (an empty XML element, an empty form field). Written as its text.
 */
@JsonDeserialize(using = SoSent.Reader.class)
record SoSent(String text) {
  private static final SoSent NULL = new SoSent(null);

  @Override
  @JsonValue
  public String text() {
    return text;
  }

  static SoSent of(String text) {
    return text == null ? NULL : new SoSent(text);
  }

  /** Text for a scalar (a number as written), {@link #NULL} for null, {@code null} when absent. */
  static final class Reader extends StdDeserializer<SoSent> {
    Reader() {
      super(SoSent.class);
    }

    @Override
    public SoSent deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.currentToken().isScalarValue()) {
        return (SoSent) context.handleUnexpectedToken(String.class, parser);
      }
      return of(parser.getValueAsString());
    }

    @Override
    public SoSent getNullValue(DeserializationContext context) {
      return NULL;
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return null;
    }
  }
}
