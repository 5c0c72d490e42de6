package io.roster.adapter.rest.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.adapter.rest.http.RequestLog;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Through a real Vert.x HTTP server: slow calls are logged once, with their route; fast ones not.
 */
class SlowCallsTest {
  private static final long THRESHOLD_MS = 500;

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
  private final Logger logger = Logger.getLogger(SlowCalls.LOGGER);

  private Vertx vertx;
  private HttpServer server;
  private WebClient client;

  @BeforeEach
  void start() throws Exception {
    logger.addHandler(capture);
    vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    // On every route, ahead of the handlers it times.
    // The access log first, as the server mounts it: it notes when each request arrived.
    router.route().handler(new RequestLog());
    // A slow step ahead of the slow-call log (as authentication is), on some routes only.
    router.route("/after/*").handler(ctx -> vertx.setTimer(THRESHOLD_MS + 150, t -> ctx.next()));
    router.route().handler(new SlowCalls(Duration.ofMillis(THRESHOLD_MS)));
    router.get("/after/:name").handler(ctx -> ctx.end("quick itself"));
    router
        .get("/api/v1/User/:id")
        .handler(ctx -> vertx.setTimer(THRESHOLD_MS + 150, t -> ctx.end("slow")));
    router.get("/fast").handler(ctx -> ctx.end("fast"));
    router.put("/failing").handler(ctx -> vertx.setTimer(THRESHOLD_MS + 150, t -> ctx.fail(500)));
    // Installed on one route only.
    router.get("/only/:name").handler(new SlowCalls(Duration.ZERO)).handler(ctx -> ctx.end("only"));
    server = await(vertx.createHttpServer().requestHandler(router).listen(0));
    client = WebClient.create(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    logger.removeHandler(capture);
    client.close();
    await(server.close());
    await(vertx.close());
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private HttpResponse<Buffer> call(HttpMethod method, String path) throws Exception {
    return await(client.request(method, server.actualPort(), "localhost", path).send());
  }

  /**
   * What was logged once {@code expected} records are in (or five seconds have passed), and a
   * moment more for any duplicate: the end handler runs as the response ends, which may be just
   * after the client has it.
   */
  private List<LogRecord> logged(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (logged.size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
    return logged;
  }

  /** The line as a log writes it; the request's fields ride along as the last parameter. */
  private static String text(LogRecord record) {
    Object[] parameters = record.getParameters();
    assertThat(parameters[parameters.length - 1])
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsKeys("requestId", "method", "path");
    return new java.util.logging.SimpleFormatter().formatMessage(record);
  }

  @Test
  void aSlowCallIsLoggedOnceWithItsRoute() throws Exception {
    assertThat(call(HttpMethod.GET, "/api/v1/User/42").bodyAsString()).isEqualTo("slow");

    List<LogRecord> records = logged(1);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
    assertThat(text(records.get(0)))
        .matches("slow call: GET /api/v1/User/:id took \\d+ ms \\(threshold 500 ms\\)");
    long took = Long.parseLong(text(records.get(0)).replaceAll(".* took (\\d+) ms.*", "$1"));
    assertThat(took).isGreaterThanOrEqualTo(THRESHOLD_MS + 150);
  }

  @Test
  void aCallIsTimedFromItsArrivalSoHandlersBeforeTheLogCount() throws Exception {
    assertThat(call(HttpMethod.GET, "/after/auth").bodyAsString()).isEqualTo("quick itself");

    List<LogRecord> records = logged(1);
    assertThat(records)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(text(record))
                  .matches("slow call: GET /after/:name took \\d+ ms \\(threshold 500 ms\\)");
              long took = Long.parseLong(text(record).replaceAll(".* took (\\d+) ms.*", "$1"));
              assertThat(took).isGreaterThanOrEqualTo(THRESHOLD_MS + 150);
            });
  }

  @Test
  void aFastCallIsNotLogged() throws Exception {
    assertThat(call(HttpMethod.GET, "/fast").bodyAsString()).isEqualTo("fast");

    assertThat(logged(0)).isEmpty();
  }

  @Test
  void aSlowFailureIsLoggedToo() throws Exception {
    assertThat(call(HttpMethod.PUT, "/failing").statusCode()).isEqualTo(500);

    assertThat(logged(1))
        .singleElement()
        .satisfies(record -> assertThat(text(record)).startsWith("slow call: PUT /failing took "));
  }

  @Test
  void theThresholdIsConfigurable() throws Exception {
    call(HttpMethod.GET, "/only/x");

    assertThat(logged(1))
        .singleElement()
        .satisfies(
            record ->
                assertThat(text(record))
                    .matches("slow call: GET /only/:name took \\d+ ms \\(threshold 0 ms\\)"));
  }

  @Test
  void theDefaultIsTwoSeconds() {
    assertThat(new SlowCalls().threshold()).isEqualTo(Duration.ofMillis(2000));
    assertThatThrownBy(() -> new SlowCalls(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
