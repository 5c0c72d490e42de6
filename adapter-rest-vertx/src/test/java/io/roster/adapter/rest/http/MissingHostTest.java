package io.roster.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An HTTP/1.1 request without a Host header, which Vert.x refuses before any route runs, is a 400
 * in the dialect's error shape, not a 500.
 */
class MissingHostTest {
  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  /** The raw answer to {@code GET path HTTP/1.1} sent without a Host header. */
  private String withoutHost(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void superoffice_answers_its_own_400() throws IOException {
    String answer = withoutHost("/api/v1/User");

    assertThat(answer)
        .startsWith("HTTP/1.1 400 ")
        .contains("\"ErrorType\":\"BadRequest\"")
        .contains("Host")
        .doesNotContain("InternalError");
  }

  @Test
  void wello_answers_its_own_400() throws IOException {
    String answer = withoutHost("/api/User");

    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("{\"Message\":").contains("Host");
  }
}
