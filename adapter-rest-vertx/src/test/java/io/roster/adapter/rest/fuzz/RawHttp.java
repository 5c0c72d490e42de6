package io.roster.adapter.rest.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A client for one request per connection ({@code Connection: close}) that sends a {@link
 * FuzzRequest} as it is and reads the answer within a deadline, whatever the server does: an answer
 * not complete by then is a {@link SocketTimeoutException}.
 */
final class RawHttp {
  private static final int MAX_HEAD = 64 * 1024;

  private RawHttp() {}

  /** An answer: its status, its head (status line and headers) and its body. */
  record Answer(int status, String head, byte[] body, long millis) {
    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The value of the first header {@code name}, or null. */
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          return line.substring(prefix.length()).trim();
        }
      }
      return null;
    }

    String describe() {
      return FuzzRequest.printable(head.replace("\r\n", "\n  "), 1500)
          + "\n  body ("
          + body.length
          + " bytes): "
          + FuzzRequest.printable(bodyText(), 1500);
    }
  }

  /** The server closed the connection, or broke off its answer, before answering in full. */
  static final class NoAnswer extends IOException {
    NoAnswer(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Sends {@code request} to {@code 127.0.0.1:port} and reads the whole answer.
   *
   * @throws SocketTimeoutException when the answer is not complete within {@code timeout}
   * @throws NoAnswer when the connection ends without a complete answer
   */
  static Answer exchange(int port, FuzzRequest request, Duration timeout) throws IOException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
      IOException writeFailure = null;
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request.toBytes(port));
        out.flush();
      } catch (IOException e) {
        // The server may answer (413, 400) and close before it has read the whole body.
        writeFailure = e;
      }
      InputStream in = new BufferedInputStream(new Deadline(socket, deadline));
      try {
        return read(in, request.method().equals("HEAD"), start);
      } catch (SocketTimeoutException e) {
        throw e;
      } catch (IOException e) {
        throw new NoAnswer(
            "no complete answer: "
                + e.getMessage()
                + (writeFailure == null
                    ? ""
                    : " (sending failed first: " + writeFailure.getMessage() + ")"),
            e);
      }
    }
  }

  private static Answer read(InputStream in, boolean head, long start) throws IOException {
    while (true) {
      String lines = readHead(in);
      String statusLine = lines.split("\r\n", 2)[0];
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new IOException("not an HTTP status line: " + statusLine);
      }
      int status = Integer.parseInt(parts[1]);
      if (status >= 100 && status < 200) {
        continue; // 100 Continue: the answer follows
      }
      Answer probe = new Answer(status, lines, new byte[0], 0);
      byte[] body;
      if (head || status == 204 || status == 304) {
        body = new byte[0];
      } else if ("chunked".equalsIgnoreCase(probe.header("Transfer-Encoding"))) {
        body = readChunked(in);
      } else if (probe.header("Content-Length") != null) {
        body = in.readNBytes(Integer.parseInt(probe.header("Content-Length")));
        if (body.length < Integer.parseInt(probe.header("Content-Length"))) {
          throw new IOException("the body ended after " + body.length + " bytes");
        }
      } else {
        body = in.readAllBytes();
      }
      return new Answer(status, lines, body, (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException(
            head.size() == 0 ? "closed before any answer" : "closed inside the answer's head");
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > MAX_HEAD) {
        throw new IOException("an answer's head longer than " + MAX_HEAD + " bytes");
      }
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - 4);
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
      if (size == 0) {
        while (!readLine(in).isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      byte[] chunk = in.readNBytes(size);
      if (chunk.length < size) {
        throw new IOException("a chunk ended after " + chunk.length + " bytes");
      }
      body.write(chunk, 0, chunk.length);
      readLine(in);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("closed inside a chunked body");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  /** The socket's input, each read given only the time left before the deadline. */
  private static final class Deadline extends InputStream {
    private final Socket socket;
    private final InputStream in;
    private final long deadline;

    Deadline(Socket socket, long deadline) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.deadline = deadline;
    }

    private void arm() throws IOException {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw new SocketTimeoutException("the deadline passed");
      }
      socket.setSoTimeout((int) Math.max(1, left));
    }

    @Override
    public int read() throws IOException {
      arm();
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      arm();
      return in.read(buffer, offset, length);
    }
  }
}
