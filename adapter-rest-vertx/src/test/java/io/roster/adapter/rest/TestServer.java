package io.roster.adapter.rest;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real HTTP server on a free port over fresh ports ({@link TestPorts}), and a client to call it. */
public final class TestServer implements AutoCloseable {
  public final Ports ports;
  public final UseCases useCases;
  private final Vertx vertx;
  private final RestServer server;
  private final WebClient client;

  public TestServer(long bodyLimit) {
    this.ports = TestPorts.create();
    this.useCases = UseCases.over(ports);
    this.vertx = Vertx.vertx();
    this.server = await(RestServer.start(vertx, new RestSettings(0, bodyLimit, 4), useCases, () -> true));
    this.client =
        WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.port()));
  }

  public TestServer() {
    this(RestSettings.DEFAULT_BODY_LIMIT);
  }

  public HttpResponse<Buffer> send(HttpMethod method, String path, Map<String, String> headers, String body) {
    return await(sendAsync(method, path, headers, body));
  }

  /** Sends without waiting for the answer, so that several requests can be in flight at once. */
  public Future<HttpResponse<Buffer>> sendAsync(
      HttpMethod method, String path, Map<String, String> headers, String body) {
    var request = client.request(method, path);
    request.putHeaders(MultiMap.caseInsensitiveMultiMap().addAll(headers));
    return body == null ? request.send() : request.sendBuffer(Buffer.buffer(body));
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
