package io.roster.adapter.rest.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as it goes on the wire, byte for byte: what a client library would refuse to send (an
 * unknown method, a malformed escape, a control character in a header, no {@code Host}) is sent as
 * it is. Text is written as UTF-8, except the marker characters of {@link #RAW_BYTES}, which stand
 * for bytes no UTF-8 text has.
 *
 * @param kind what the generator meant to send (for the summary and the report)
 * @param method the request line's method
 * @param target the request line's target, escapes and all
 * @param headers in order; {@code Host}, {@code Content-Length} and {@code Connection} are added
 * @param body the body, or null for none (no {@code Content-Length})
 * @param version {@code HTTP/1.1} or another request line version
 * @param host whether a {@code Host} header is added
 * @param chunked whether the body is sent with {@code Transfer-Encoding: chunked}
 */
record FuzzRequest(
    String kind,
    String method,
    String target,
    List<Map.Entry<String, String>> headers,
    String body,
    String version,
    boolean host,
    boolean chunked) {

  /** Characters that stand for bytes no UTF-8 text has: a lone surrogate, 0xFF, a broken pair. */
  static final Map<Character, byte[]> RAW_BYTES =
      Map.of(
          '\uE000', new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          '\uE001', new byte[] {(byte) 0xFF},
          '\uE002', new byte[] {(byte) 0xC3, (byte) 0x28},
          '\uE003', new byte[] {(byte) 0xC0, (byte) 0x80});

  FuzzRequest {
    headers = List.copyOf(headers);
  }

  static FuzzRequest of(
      String kind, String method, String target, List<Map.Entry<String, String>> headers) {
    return new FuzzRequest(kind, method, target, headers, null, "HTTP/1.1", true, false);
  }

  FuzzRequest withBody(String newBody) {
    return new FuzzRequest(kind, method, target, headers, newBody, version, host, chunked);
  }

  FuzzRequest withHeaders(List<Map.Entry<String, String>> newHeaders) {
    return new FuzzRequest(kind, method, target, newHeaders, body, version, host, chunked);
  }

  FuzzRequest withTarget(String newTarget) {
    return new FuzzRequest(kind, method, newTarget, headers, body, version, host, chunked);
  }

  FuzzRequest withFraming(String newVersion, boolean newHost, boolean newChunked) {
    return new FuzzRequest(kind, method, target, headers, body, newVersion, newHost, newChunked);
  }

  String header(String name) {
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  byte[] bodyBytes() {
    return body == null ? new byte[0] : bytes(body);
  }

  /** The request as it goes on the wire to {@code 127.0.0.1:port}. */
  byte[] toBytes(int port) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, method + " " + target + " " + version + "\r\n");
    if (host) {
      write(out, "Host: 127.0.0.1:" + port + "\r\n");
    }
    for (Map.Entry<String, String> header : headers) {
      write(out, header.getKey() + ": " + header.getValue() + "\r\n");
    }
    byte[] content = bodyBytes();
    if (body != null && chunked) {
      write(out, "Transfer-Encoding: chunked\r\n");
    } else if (body != null) {
      write(out, "Content-Length: " + content.length + "\r\n");
    }
    write(out, "Connection: close\r\n\r\n");
    if (body != null && chunked) {
      int at = 0;
      while (at < content.length) {
        int size = Math.min(content.length - at, 7 + at % 4000);
        write(out, Integer.toHexString(size) + "\r\n");
        out.write(content, at, size);
        write(out, "\r\n");
        at += size;
      }
      write(out, "0\r\n\r\n");
    } else {
      out.write(content, 0, content.length);
    }
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    byte[] bytes = bytes(text);
    out.write(bytes, 0, bytes.length);
  }

  /** UTF-8, with each marker of {@link #RAW_BYTES} replaced by its bytes. */
  static byte[] bytes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      byte[] raw = RAW_BYTES.get(text.charAt(i));
      if (raw != null) {
        byte[] before = text.substring(from, i).getBytes(StandardCharsets.UTF_8);
        out.write(before, 0, before.length);
        out.write(raw, 0, raw.length);
        from = i + 1;
      }
    }
    byte[] rest = text.substring(from).getBytes(StandardCharsets.UTF_8);
    out.write(rest, 0, rest.length);
    return out.toByteArray();
  }

  /** The request for a report: control characters escaped, long parts cut. */
  String describe() {
    StringBuilder text = new StringBuilder();
    text.append(printable(method + " " + target + " " + version, 600));
    if (!host) {
      text.append("\n  (no Host header)");
    }
    for (Map.Entry<String, String> header : headers) {
      text.append("\n  ").append(printable(header.getKey() + ": " + header.getValue(), 300));
    }
    if (chunked) {
      text.append("\n  Transfer-Encoding: chunked");
    }
    if (body != null) {
      text.append("\n  body (")
          .append(bodyBytes().length)
          .append(" bytes): ")
          .append(printable(body, 1500));
    }
    return text.toString();
  }

  /**
   * {@code text} with control characters, lone surrogates and markers escaped, cut to {@code max}.
   */
  static String printable(String text, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      if (RAW_BYTES.containsKey(c)) {
        StringBuilder hex = new StringBuilder();
        for (byte b : RAW_BYTES.get(c)) {
          hex.append(String.format(Locale.ROOT, "\\x%02X", b & 0xFF));
        }
        out.append(hex);
      } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c >= 0xFFFE) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (out.length() >= max && text.length() > max) {
      out.append("... (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  /** The headers but the one at {@code index}. */
  List<Map.Entry<String, String>> headersWithout(int index) {
    List<Map.Entry<String, String>> fewer = new ArrayList<>(headers);
    fewer.remove(index);
    return fewer;
  }
}
