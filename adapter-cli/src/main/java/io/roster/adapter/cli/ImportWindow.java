package io.roster.adapter.cli;

import io.roster.application.port.out.StoreUnavailable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The rows of an import under way, oldest first, what each may create, and the counts of those
 * done; results are reported in the order of the rows.
 */
final class ImportWindow {
  private final Deque<Row> rows = new ArrayDeque<>();
  private final Deque<Future<Importer.Result>> futures = new ArrayDeque<>();

  /** Rows whose team leader did not exist yet, to try again at the end. */
  final List<Row> leaderLater = new ArrayList<>();

  private final Deque<Set<String>> keys = new ArrayDeque<>();
  private final Map<String, Integer> underWay = new HashMap<>();

  /** The organizations a row has given in full; only the first such row may create one. */
  private final Set<String> organizationsSeen = new HashSet<>();

  private final Importer.Listener listener;
  Importer.Counts counts = new Importer.Counts(0, 0, 0, 0);
  boolean storeGone;

  ImportWindow(Importer.Listener listener) {
    this.listener = listener;
  }

  /**
   * A row under way, which may create its user and, the first time one is given in full, its
   * organization (later rows giving the same one wait for it, then find it).
   */
  void add(Row row, Future<Importer.Result> future, Set<String> user, Set<String> organization) {
    Set<String> introduced = new HashSet<>(user);
    if (organization.stream().noneMatch(organizationsSeen::contains)) {
      introduced.addAll(organization);
    }
    organizationsSeen.addAll(organization);
    rows.add(row);
    futures.add(future);
    keys.add(introduced);
    introduced.forEach(key -> underWay.merge(key, 1, Integer::sum));
  }

  /** Reports rows, oldest first, until none under way may create what {@code wanted} names. */
  void awaitRowsIntroducing(Set<String> wanted) {
    while (!futures.isEmpty() && wanted.stream().anyMatch(underWay::containsKey)) {
      reportOldest();
    }
  }

  /**
   * Reports rows, oldest first, until at most {@code size} are under way and the oldest is not
   * done.
   */
  void drain(int size) {
    while (!futures.isEmpty() && (futures.size() > size || futures.peek().isDone())) {
      reportOldest();
    }
  }

  private void reportOldest() {
    Row row = rows.poll();
    Importer.Result result = take(futures.poll());
    keys.poll().forEach(key -> underWay.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1));
    if (result == null) {
      storeGone = true;
    } else if (result.leaderLater()) {
      leaderLater.add(row);
    } else {
      report(result);
    }
  }

  void report(Importer.Result result) {
    counts = counts.plus(result.outcome());
    listener.done(result);
  }

  /** A row's result; null when the store could not be reached for it. */
  private static Importer.Result take(Future<Importer.Result> next) {
    try {
      return next.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StoreUnavailable) {
        return null;
      }
      throw new IllegalStateException("a row could not be imported", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
