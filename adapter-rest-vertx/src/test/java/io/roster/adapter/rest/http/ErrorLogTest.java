package io.roster.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.rest.RestSettings;
import io.roster.adapter.rest.TestServer;
import io.roster.application.Ports;
import io.roster.application.port.out.UserRepository;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request Roster fails on is logged as an error with the request's fields (its id, method, path,
 * route) beside the failure, in both dialects; the answer shows none of it.
 */
class ErrorLogTest {
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger logger = Logger.getLogger("roster");
  private final TestServer server =
      new TestServer(
          RestSettings.DEFAULT_BODY_LIMIT,
          RestSettings.DEFAULT_SLOW_CALL_THRESHOLD,
          ErrorLogTest::failingUsers);

  /** The ports, but reading a user by key fails as a broken store would. */
  private static Ports failingUsers(Ports ports) {
    UserRepository broken =
        (UserRepository)
            Proxy.newProxyInstance(
                UserRepository.class.getClassLoader(),
                new Class<?>[] {UserRepository.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("find")
                      && arguments[0] instanceof io.roster.domain.user.UserKey) {
                    throw new IllegalStateException("the user store broke");
                  }
                  try {
                    return method.invoke(ports.users(), arguments);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return new Ports(
        ports.unitOfWork(),
        broken,
        ports.salesOrganizations(),
        ports.referenceData(),
        ports.auditLog(),
        ports.passwordHasher(),
        ports.clock(),
        ports.sessions(),
        ports.loginFailures());
  }

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stop() {
    logger.removeHandler(capture);
    server.close();
  }

  private LogRecord errorOf(String requestId) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      for (LogRecord record : logged) {
        Object[] parameters = record.getParameters();
        if (record.getLevel() == Level.SEVERE
            && parameters != null
            && parameters[parameters.length - 1] instanceof Map<?, ?> fields
            && requestId.equals(fields.get("requestId"))) {
          return record;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no error record for " + requestId + " in " + logged);
  }

  @Test
  void a_failed_request_is_logged_with_its_id_and_route_as_fields_in_both_dialects()
      throws InterruptedException {
    for (String path :
        List.of("/api/v1/User/7", "/api/User(3f2504e0-4f89-11d3-9a0c-0305e82c3301)")) {
      String id = "failing-" + path.length();
      HttpResponse<Buffer> answer =
          server.send(HttpMethod.GET, path, Map.of("X-Request-Id", id), null);

      assertThat(answer.statusCode()).isEqualTo(500);
      assertThat(answer.bodyAsString()).doesNotContain("the user store broke", "Exception");
      LogRecord record = errorOf(id);
      Map<?, ?> fields = (Map<?, ?>) record.getParameters()[record.getParameters().length - 1];
      assertThat(fields.get("method")).isEqualTo("GET");
      assertThat(fields.get("path")).isEqualTo(path);
      assertThat(record.getThrown()).hasMessage("the user store broke");
    }
  }
}
