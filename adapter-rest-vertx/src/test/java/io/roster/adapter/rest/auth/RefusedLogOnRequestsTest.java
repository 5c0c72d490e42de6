package io.roster.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.TestServer;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request to the log-on routes that Vert.x refuses itself (an {@code Expect} it cannot meet, an
 * HTTP/1.1 request without {@code Host}) gets Vert.x's 4xx in OAuth2's error shape, not a 500.
 */
class RefusedLogOnRequestsTest {
  private static final String BODY =
      "{\"username\": \"" + TestServer.ADMIN + "\", \"password\": \"wrong\"}";

  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  /** The raw answer to {@code head} (request line and headers) followed by {@link #BODY}. */
  private String exchange(String head) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
      socket
          .getOutputStream()
          .write(
              (head
                      + "Content-Type: application/json\r\nContent-Length: "
                      + body.length
                      + "\r\nConnection: close\r\n\r\n"
                      + BODY)
                  .getBytes(StandardCharsets.UTF_8));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void an_expectation_other_than_100_continue_is_a_417() throws IOException {
    String answer =
        exchange(
            "POST /auth/token HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nExpect: x\r\n");

    assertThat(answer)
        .startsWith("HTTP/1.1 417 ")
        .contains("\"error\":\"request_refused\"")
        .doesNotContain("server_error");
  }

  @Test
  void a_session_request_without_host_is_a_400() throws IOException {
    String answer = exchange("POST /auth/session HTTP/1.1\r\n");

    assertThat(answer)
        .startsWith("HTTP/1.1 400 ")
        .contains("\"error\":\"invalid_request\"")
        .contains("Host")
        .doesNotContain("server_error");
  }

  @Test
  void a_password_change_without_host_is_a_400() throws IOException {
    String answer =
        exchange(
            "PUT /auth/password HTTP/1.1\r\nAuthorization: "
                + TestServer.basic(TestServer.ADMIN, TestServer.ADMIN_PASSWORD)
                + "\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\"error\":\"invalid_request\"");
  }
}
