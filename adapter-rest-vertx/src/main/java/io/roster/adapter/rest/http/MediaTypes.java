package io.roster.adapter.rest.http;

import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/** Which media types (and charset) a request sends and accepts. */
public final class MediaTypes {
  private MediaTypes() {}

  /**
   * @throws HttpProblem 415 unless the body is one of {@code types}
   */
  public static void requireBody(RoutingContext ctx, List<String> types) {
    String given = ctx.request().getHeader("Content-Type");
    String type = given == null ? "" : essence(given);
    if (!types.contains(type)) {
      throw new HttpProblem(
          415,
          "The request entity's media type '"
              + (given == null ? "" : given)
              + "' is not supported; send "
              + String.join(" or ", types)
              + ".");
    }
  }

  /**
   * The charset the request's Content-Type names ({@code charset=iso-8859-1}, quoted or not, the
   * name ignoring case), {@code otherwise} when it names none.
   *
   * @throws HttpProblem 415 when it names a charset this server does not know
   */
  public static Charset charset(RoutingContext ctx, Charset otherwise) {
    MIMEHeader contentType = ctx.parsedHeaders().contentType();
    String name = contentType == null ? null : contentType.parameter("charset");
    if (name == null || name.isBlank()) {
      return otherwise;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw unsupportedCharset(name);
    }
  }

  /** A 415 for a body in charset {@code name}. */
  public static HttpProblem unsupportedCharset(String name) {
    return new HttpProblem(
        415, "The charset '" + name + "' in Content-Type is not supported; send UTF-8.");
  }

  /**
   * The first of {@code offered} the caller's Accept header takes ({@code *}/{@code *}, a missing
   * header and {@code application/*} take the first one offered).
   *
   * @throws HttpProblem 406 when it takes none
   */
  public static String negotiate(RoutingContext ctx, List<String> offered) {
    return negotiate(ctx, offered, offered);
  }

  /**
   * As {@link #negotiate(RoutingContext, List)}, with a 406 that suggests only {@code suggested}
   * (types that are taken but not worth advertising are left out of it).
   */
  public static String negotiate(RoutingContext ctx, List<String> offered, List<String> suggested) {
    String accept = ctx.request().getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return offered.get(0);
    }
    for (String part : accept.split(",")) {
      String wanted = essence(part);
      for (String type : offered) {
        if (wanted.equals(type)
            || wanted.equals("*/*")
            || (wanted.endsWith("/*")
                && type.startsWith(wanted.substring(0, wanted.length() - 1)))) {
          return type;
        }
      }
    }
    throw new HttpProblem(
        406,
        "None of the media types in Accept can be produced; ask for "
            + String.join(" or ", suggested)
            + ".");
  }

  private static String essence(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}
