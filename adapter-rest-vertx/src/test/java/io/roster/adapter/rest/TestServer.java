package io.roster.adapter.rest;

import io.roster.adapter.rest.auth.AuthSettings;
import io.roster.adapter.rest.metrics.RestMetrics;
import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The real HTTP server on a free port over fresh ports ({@link TestPorts}), and a client to call
 * it. The store holds one administrator ({@link #ADMIN}); requests go as that administrator (Basic
 * authorization) unless they carry an {@code Authorization} header of their own or are sent with
 * {@link #sendAnonymous}.
 */
public final class TestServer implements AutoCloseable {
  public static final String ADMIN = "admin@roster.test";
  public static final String ADMIN_PASSWORD = "admin password";
  public static final String DOMAIN = "roster.test";
  public static final byte[] TOKEN_KEY =
      "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

  public final Ports ports;
  public final UseCases useCases;
  private final Vertx vertx;
  private final RestServer server;
  private final WebClient client;

  public TestServer(long bodyLimit) {
    this(bodyLimit, RestSettings.DEFAULT_SLOW_CALL_THRESHOLD);
  }

  /** A server logging SuperOffice calls slower than {@code slowCallThreshold}. */
  public TestServer(long bodyLimit, Duration slowCallThreshold) {
    this(bodyLimit, slowCallThreshold, UnaryOperator.identity());
  }

  /**
   * A server over fresh ports as {@code decorated} changes them (a slow password hasher, say),
   * logging SuperOffice calls slower than {@code slowCallThreshold}.
   */
  public TestServer(long bodyLimit, Duration slowCallThreshold, UnaryOperator<Ports> decorated) {
    this(bodyLimit, slowCallThreshold, decorated, RestMetrics.OFF);
  }

  /** A server measuring into {@code metrics}, which serves them. */
  public TestServer(RestMetrics metrics) {
    this(
        RestSettings.DEFAULT_BODY_LIMIT,
        RestSettings.DEFAULT_SLOW_CALL_THRESHOLD,
        UnaryOperator.identity(),
        metrics);
  }

  private TestServer(
      long bodyLimit,
      Duration slowCallThreshold,
      UnaryOperator<Ports> decorated,
      RestMetrics metrics) {
    this.ports = decorated.apply(TestPorts.create());
    this.useCases = UseCases.over(ports);
    this.vertx = Vertx.vertx();
    this.useCases.firstAdministrator().ensureAdministrator(ADMIN, ADMIN_PASSWORD);
    AuthSettings auth =
        new AuthSettings(DOMAIN, TOKEN_KEY, Duration.ofMinutes(5), Duration.ofMinutes(30));
    this.server =
        await(
            RestServer.start(
                vertx,
                new RestSettings(0, bodyLimit, 4, auth, slowCallThreshold),
                TestCalls.of(useCases),
                () -> true,
                metrics));
    this.client =
        WebClient.create(
            vertx,
            new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.port()));
  }

  public TestServer() {
    this(RestSettings.DEFAULT_BODY_LIMIT);
  }

  public HttpResponse<Buffer> send(
      HttpMethod method, String path, Map<String, String> headers, String body) {
    return await(sendAsync(method, path, headers, body));
  }

  /** Sends without waiting for the answer, so that several requests can be in flight at once. */
  public Future<HttpResponse<Buffer>> sendAsync(
      HttpMethod method, String path, Map<String, String> headers, String body) {
    MultiMap all = MultiMap.caseInsensitiveMultiMap().addAll(headers);
    if (!all.contains("Authorization")) {
      all.add("Authorization", basic(ADMIN, ADMIN_PASSWORD));
    }
    return sendAnonymousAsync(method, path, all, body);
  }

  /** Sends {@code headers} as they are: no credentials unless they carry some. */
  public HttpResponse<Buffer> sendAnonymous(
      HttpMethod method, String path, Map<String, String> headers, String body) {
    return await(
        sendAnonymousAsync(method, path, MultiMap.caseInsensitiveMultiMap().addAll(headers), body));
  }

  private Future<HttpResponse<Buffer>> sendAnonymousAsync(
      HttpMethod method, String path, MultiMap headers, String body) {
    var request = client.request(method, path);
    request.putHeaders(headers);
    return (body == null ? request.send() : request.sendBuffer(Buffer.buffer(body)))
        .map(
            answer -> {
              ContractCheck.check(method, path, headers, body, answer);
              return answer;
            });
  }

  public HttpResponse<Buffer> get(String path) {
    return send(HttpMethod.GET, path, Map.of(), null);
  }

  public HttpResponse<Buffer> put(String path, JsonObject body) {
    return send(HttpMethod.PUT, path, Map.of("Content-Type", "application/json"), body.encode());
  }

  public HttpResponse<Buffer> post(String path, JsonObject body) {
    return send(HttpMethod.POST, path, Map.of("Content-Type", "application/json"), body.encode());
  }

  public int port() {
    return server.port();
  }

  /** The port the metrics have to themselves, or -1. */
  public int metricsPort() {
    return server.metricsPort();
  }

  /** Every method and route the server answers. */
  public List<RestServer.Endpoint> endpoints() {
    return server.endpoints();
  }

  /** The value of an {@code Authorization: Basic} header for these credentials. */
  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    await(server.stop());
    await(vertx.close());
  }
}
