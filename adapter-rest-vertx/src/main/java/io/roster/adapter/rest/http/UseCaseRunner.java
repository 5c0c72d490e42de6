package io.roster.adapter.rest.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;

/**
 * Runs use cases (which block on the database) off the event loop, on a worker pool as large as the
 * connection pool, so that no more run at once than can get a connection.
 */
public final class UseCaseRunner {
  private final WorkerExecutor executor;

  public UseCaseRunner(Vertx vertx, int workers) {
    this.executor = vertx.createSharedWorkerExecutor("roster-use-cases", workers);
  }

  public <T> Future<T> run(Callable<T> useCase) {
    return executor.executeBlocking(useCase, false);
  }

  public Future<Void> close() {
    return executor.close();
  }
}
