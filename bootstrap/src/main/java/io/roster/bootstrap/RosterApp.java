package io.roster.bootstrap;

import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.adapter.rest.RestServer;
import io.roster.adapter.rest.RestSettings;
import io.roster.adapter.rest.auth.AuthSettings;
import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Roster wired by hand: the database adapter's ports, the use cases over them, the HTTP server
 * driving them. {@link #stop} undoes it in reverse: stop accepting, finish requests in flight,
 * close the pool.
 */
public final class RosterApp implements AutoCloseable {
  private final JdbiPersistence persistence;
  private final Vertx vertx;
  private final RestServer server;
  private final UseCases useCases;
  private final RosterMetrics metrics;

  private RosterApp(
      JdbiPersistence persistence,
      Vertx vertx,
      RestServer server,
      UseCases useCases,
      RosterMetrics metrics) {
    this.persistence = persistence;
    this.vertx = vertx;
    this.server = server;
    this.useCases = useCases;
    this.metrics = metrics;
  }

  public static RosterApp start(Settings settings, boolean demo) {
    RosterMetrics metrics = RosterMetrics.of(settings.metrics());
    JdbiPersistence persistence;
    try {
      persistence = metrics.startPersistence(settings.persistence());
    } catch (RuntimeException e) {
      metrics.close();
      throw e;
    }
    Vertx vertx = null;
    try {
      UseCases useCases =
          UseCases.over(ports(persistence), settings.security().loginFailuresPerAddress());
      if (demo) {
        DemoData.loadInto(persistence, useCases);
      }
      ensureAdministrator(useCases, settings.security());
      vertx = Vertx.vertx();
      Settings.Security security = settings.security();
      AuthSettings auth =
          new AuthSettings(
              security.domain(),
              TokenKey.resolve(security.tokenKey(), settings.dataDirectory()),
              security.tokenLifetime(),
              security.sessionIdle());
      RestSettings rest =
          new RestSettings(
              settings.httpPort(),
              settings.bodyLimit(),
              settings.persistence().poolSize(),
              auth,
              settings.slowCallThreshold());
      RestServer server =
          RestServer.start(
                  vertx, rest, RestCalls.of(useCases), persistence::isReachable, metrics.rest())
              .toCompletionStage()
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      return new RosterApp(persistence, vertx, server, useCases, metrics);
    } catch (Exception e) {
      if (vertx != null) {
        vertx.close();
      }
      persistence.close();
      metrics.close();
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("the HTTP server did not start: " + e.getMessage(), e);
    }
  }

  /** The use cases over the database's ports, as both the server and the commands run them. */
  /**
   * The use cases over {@code persistence}, login throttling at its defaults (commands do not log
   * on).
   */
  static UseCases useCasesOver(JdbiPersistence persistence) {
    return UseCases.over(ports(persistence));
  }

  private static Ports ports(JdbiPersistence persistence) {
    // Microseconds: what PostgreSQL keeps of a timestamp, so a value read back equals the one
    // saved.
    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    return new Ports(
        persistence.unitOfWork(),
        persistence.users(),
        persistence.salesOrganizations(),
        persistence.referenceData(),
        persistence.auditLog(),
        new Password4jHasher(),
        clock,
        persistence.sessions(),
        persistence.loginFailures());
  }

  /**
   * On a first start (no administrator yet) makes one; a password Roster made up is printed once,
   * on standard output, and nowhere else.
   */
  private static void ensureAdministrator(UseCases useCases, Settings.Security security) {
    String password =
        security.adminPassword() != null ? security.adminPassword() : RandomPassword.make();
    useCases
        .firstAdministrator()
        .ensureAdministrator(security.adminUsername(), password)
        .filter(created -> security.adminPassword() == null)
        .ifPresent(
            created ->
                System.out.println(
                    "Created the administrator '"
                        + created
                        + "' with the password "
                        + password
                        + " (shown only this once; change it with PUT /auth/password)."));
  }

  public int port() {
    return server.port();
  }

  /** The port of the metrics when they have one of their own, else -1. */
  public int metricsPort() {
    return server.metricsPort();
  }

  public UseCases useCases() {
    return useCases;
  }

  @Override
  public void close() {
    try {
      server.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      Thread.currentThread().interrupt();
    } finally {
      persistence.close();
      metrics.close();
    }
  }
}
