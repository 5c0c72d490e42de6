package io.roster.bench.http;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A constant-rate load generator (wrk has no rate limit and Debian has no wrk2): sends {@code PUT
 * /api/User({id})} at a fixed rate over a pool of connections, whether or not earlier answers have
 * come back, and measures each latency from the moment the request was due to be sent, not from
 * when it was sent. A server that stalls is thus charged for every request that should have gone
 * out meanwhile (no coordinated omission), as wrk2 does.
 *
 * <p>Usage: {@code ConstantRate <baseUrl> <ids.txt> <body.template> <rate/s> <warmupSeconds>
 * <seconds> <connections> <tag> <token.txt>}. The ids are walked round robin, so a user is only
 * sent again after all others. The body is filled as {@code put-users.lua} fills it, and every
 * request sends the access token in {@code token.txt} as {@code Authorization: Bearer}. Prints the
 * latency percentiles of the measured part and one {@code RESULT} line for scripts.
 */
public final class ConstantRate {
  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    List<String> ids = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
    String template = Files.readString(Path.of(args[2]));
    double rate = Double.parseDouble(args[3]);
    long warmup = TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
    long duration = TimeUnit.SECONDS.toNanos(Long.parseLong(args[5]));
    int connections = Integer.parseInt(args[6]);
    String tag = args[7];
    String authorization = "Bearer " + Files.readString(Path.of(args[8])).strip();

    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    HttpClientAgent client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort())
                .setKeepAlive(true)
                .setTcpNoDelay(true),
            new PoolOptions().setHttp1MaxSize(connections));

    Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    Map<Integer, Integer> statuses = new TreeMap<>();
    long[] counts = new long[3]; // due, answered (measured part), failed
    long interval = (long) (1e9 / rate);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    long end = start + warmup + duration;
    long measureFrom = start + warmup;
    CountDownLatch finished = new CountDownLatch(1);
    int[] inFlight = {0};
    boolean[] done = {false};

    vertx.runOnContext(
        v ->
            vertx.setPeriodic(
                1,
                timer -> {
                  long now = System.nanoTime();
                  while (true) {
                    long due = start + counts[0] * interval;
                    if (due > now || due >= end) {
                      break;
                    }
                    long n = counts[0]++;
                    String id = ids.get((int) (n % ids.size()));
                    int index = (int) (n % ids.size());
                    String body =
                        template
                            .replace("@ID@", id)
                            .replace("@I@", Integer.toString(index))
                            .replace("@NOTE@", tag + "-" + n);
                    boolean measured = due >= measureFrom;
                    inFlight[0]++;
                    client
                        .request(
                            new RequestOptions()
                                .setMethod(HttpMethod.PUT)
                                .setURI("/api/User(" + id + ")")
                                .putHeader("Content-Type", "application/json")
                                .putHeader("Accept", "application/json")
                                .putHeader("Authorization", authorization)
                                .setTimeout(30_000))
                        .compose(
                            request ->
                                request
                                    .send(Buffer.buffer(body))
                                    .compose(response -> response.body().map(b -> response.statusCode())))
                        .onComplete(
                            result -> {
                              inFlight[0]--;
                              long latency = System.nanoTime() - due;
                              if (measured) {
                                histogram.recordValue(Math.min(latency, histogram.getHighestTrackableValue()));
                                counts[1]++;
                                int status = result.succeeded() ? result.result() : -1;
                                statuses.merge(status, 1, Integer::sum);
                                if (status < 200 || status > 299) {
                                  counts[2]++;
                                }
                              }
                              if (done[0] && inFlight[0] == 0) {
                                finished.countDown();
                              }
                            });
                  }
                  if (start + counts[0] * interval >= end && !done[0]) {
                    done[0] = true;
                    vertx.cancelTimer(timer);
                    if (inFlight[0] == 0) {
                      finished.countDown();
                    }
                  }
                }));

    boolean drained = finished.await(TimeUnit.NANOSECONDS.toSeconds(end - System.nanoTime()) + 40, TimeUnit.SECONDS);
    double seconds = duration / 1e9;
    double ms = 1e6;
    System.out.printf(
        "  constant rate %.0f/s for %.0f s (after %d s warm-up) over %d connections: %d answers (%.1f/s), statuses %s%s%n",
        rate, seconds, TimeUnit.NANOSECONDS.toSeconds(warmup), connections, counts[1], counts[1] / seconds,
        statuses, drained ? "" : ", some still unanswered at the end");
    System.out.printf(
        "  latency from the time each request was due: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
        histogram.getValueAtPercentile(50) / ms, histogram.getValueAtPercentile(90) / ms,
        histogram.getValueAtPercentile(99) / ms, histogram.getValueAtPercentile(99.9) / ms,
        histogram.getMaxValue() / ms);
    System.out.printf(
        "RESULT rate=%.1f answered=%d failed=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f%n",
        rate, counts[1], counts[2], histogram.getValueAtPercentile(50) / ms, histogram.getValueAtPercentile(90) / ms,
        histogram.getValueAtPercentile(99) / ms, histogram.getValueAtPercentile(99.9) / ms, histogram.getMaxValue() / ms);
    client.close().await();
    vertx.close().await();
    System.exit(0);
  }
}
