import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.roster.adapter.rest.metrics.RestMetrics;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What measuring costs per request, apart from the noise of a whole server: the nanoseconds of CPU
 * of (1) a use case called through the timing proxy {@code RestMetrics.instrument} puts around it,
 * against the same call made directly, and (2) a request's timer found and recorded as {@code
 * RequestMetrics} does it (a key of route, method and status looked up among the timers, one
 * record into a histogram of 13 buckets). A PUT through Roster costs about 1.5 to 2 ms of server CPU
 * (bench/http/README.md) and runs two use cases (the token's caller, the update) and one request.
 *
 * <p>Usage, after {@code mvn package}: {@code java -cp bootstrap/target/roster.jar
 * bench/http/MetricsCost.java}
 */
public class MetricsCost {
  public interface PingUseCase {
    long ping(long value);
  }

  public record Calls(PingUseCase ping) {}

  private record Key(String route, String method, int status) {}

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
    Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
    Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  static long sink;

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    PingUseCase direct = value -> value + 1;
    PingUseCase measured = RestMetrics.onApiPort(registry).instrument(new Calls(direct)).ping();
    ConcurrentHashMap<Key, Timer> timers = new ConcurrentHashMap<>();
    String[] routes = {"/api/User({id})", "/api/User", "/api/v1/User/{id}", "/auth/token"};
    double perPut = 0;
    for (int round = 1; round <= 3; round++) {
      long directNs = time(n, i -> sink += direct.ping(i));
      long proxiedNs = time(n, i -> sink += measured.ping(i));
      long requestNs =
          time(
              n,
              i -> {
                Key key = new Key(routes[(int) (i & 3)], "PUT", 200);
                Timer timer = timers.get(key);
                if (timer == null) {
                  timer =
                      timers.computeIfAbsent(
                          key,
                          k ->
                              Timer.builder("http.server.requests")
                                  .tag("route", k.route())
                                  .tag("method", k.method())
                                  .tag("status", Integer.toString(k.status()))
                                  .serviceLevelObjectives(BUCKETS)
                                  .register(registry));
                }
                timer.record(1_000_000 + (i & 0xffff), TimeUnit.NANOSECONDS);
              });
      System.out.printf(
          "round %d: use case direct %.0f ns, through the timing proxy %.0f ns (+%.0f ns);"
              + " a request's timer found and recorded %.0f ns%n",
          round,
          (double) directNs / n,
          (double) proxiedNs / n,
          (double) (proxiedNs - directNs) / n,
          (double) requestNs / n);
      perPut = (2.0 * (proxiedNs - directNs) + requestNs) / n / 1000;
    }
    System.out.printf(
        "per PUT (two use cases, one request), last round: about %.2f microseconds of CPU%n",
        perPut);
  }

  interface Work {
    void run(long i);
  }

  private static long time(int n, Work work) {
    long started = System.nanoTime();
    for (long i = 0; i < n; i++) {
      work.run(i);
    }
    return System.nanoTime() - started;
  }
}
