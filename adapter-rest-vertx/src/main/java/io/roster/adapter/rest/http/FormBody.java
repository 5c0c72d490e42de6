package io.roster.adapter.rest.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A form body ({@code application/x-www-form-urlencoded}) read in the charset its Content-Type
 * names ({@code charset=iso-8859-1}), UTF-8 when it names none: the percent-escapes (and any raw
 * byte) are the bytes of the text in that charset. A charset the server does not know, or one in
 * which the form's own characters ({@code &}, {@code =}, {@code %}, ASCII) are not ASCII (UTF-16),
 * is a 415; bytes that are no text in the charset are a 400, never a U+FFFD in place of what was
 * sent. Every route that reads a form reads it here (Vert.x's own form decoding knows UTF-8 only).
 */
public final class FormBody {
  public static final String MEDIA_TYPE = "application/x-www-form-urlencoded";

  /**
   * The characters a form is written in besides the escaped text; ASCII in every charset it may
   * name.
   */
  private static final String SYNTAX =
      "&=+%.-_*[] 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private FormBody() {}

  /** Whether the request's Content-Type is a form. */
  public static boolean is(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    return type != null && type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(MEDIA_TYPE);
  }

  /**
   * The request's form fields, in the order sent, names and values decoded in the body's charset;
   * names ignore case, as in Vert.x's form attributes. An empty body has no fields.
   *
   * @throws HttpProblem 415 for a charset the server does not know or that does not write the
   *     form's characters as ASCII, 400 for a malformed escape or bytes that are no text in the
   *     charset
   */
  public static MultiMap read(RoutingContext ctx) {
    Charset charset = MediaTypes.charset(ctx, StandardCharsets.UTF_8);
    if (!asciiCompatible(charset)) {
      throw MediaTypes.unsupportedCharset(charset.name());
    }
    return decode(ctx.body() == null ? null : ctx.body().buffer(), charset);
  }

  /** {@code body}'s fields, decoded in {@code charset}. */
  static MultiMap decode(Buffer body, Charset charset) {
    MultiMap fields = MultiMap.caseInsensitiveMultiMap();
    if (body == null || body.length() == 0) {
      return fields;
    }
    // ISO-8859-1 turns each byte into the one char of the same value and back again, so the body
    // can
    // be split and unescaped as text and still be decoded as bytes in its own charset afterwards.
    for (String pair : body.toString(StandardCharsets.ISO_8859_1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      fields.add(decode(name, charset), decode(value, charset));
    }
    return fields;
  }

  /**
   * One name or value: {@code +} a space, {@code %XX} the byte XX, the bytes text in {@code
   * charset}.
   */
  private static String decode(String component, Charset charset) {
    byte[] bytes;
    try {
      bytes =
          URLDecoder.decode(component, StandardCharsets.ISO_8859_1)
              .getBytes(StandardCharsets.ISO_8859_1);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(
          400, "The form body is not URL-encoded: a % must be followed by two hexadecimal digits.");
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HttpProblem(
          400,
          "The form body is not valid "
              + charset.name()
              + ": send its text percent-encoded in the charset Content-Type names (UTF-8 when it names none).");
    }
  }

  /** Whether {@code charset} writes a form's own characters as ASCII does. */
  private static boolean asciiCompatible(Charset charset) {
    return charset.canEncode()
        && Arrays.equals(SYNTAX.getBytes(charset), SYNTAX.getBytes(StandardCharsets.US_ASCII));
  }
}
