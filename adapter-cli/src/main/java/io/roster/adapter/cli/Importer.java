package io.roster.adapter.cli;

import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldFailure;
import io.roster.domain.failure.NotFound;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.field.Revision;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Rows into the directory, each row one use case (create, or with {@code update} an update of the
 * user its id or user name matches): a row that breaks a rule changes nothing, and its errors are
 * reported. Rows run a few at a time (as many as the connection pool serves) so that their commits
 * can share a flush to the disk; results are reported in the order of the rows, but for a row whose
 * team leader did not exist yet: it is tried again at the end, and reported then. A row that refers
 * to something a row under way may be creating (a sales organization by code or id, a team leader,
 * with {@code update} the user it matches) first waits for that row: a file may create an
 * organization in one row and name it by its code in the next.
 */
final class Importer {

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    FAILED
  }

  /**
   * What became of one row; {@code errors} say why it failed. {@code leaderLater}: it failed only
   * because its team leader does not exist (yet).
   */
  record Result(long line, Outcome outcome, List<String> errors, boolean leaderLater) {
    Result(long line, Outcome outcome, List<String> errors) {
      this(line, outcome, errors, false);
    }
  }

  /** How many rows had each outcome. */
  record Counts(long created, long updated, long unchanged, long failed) {
    long total() {
      return created + updated + unchanged + failed;
    }

    Counts plus(Outcome outcome) {
      return new Counts(
          created + (outcome == Outcome.CREATED ? 1 : 0),
          updated + (outcome == Outcome.UPDATED ? 1 : 0),
          unchanged + (outcome == Outcome.UNCHANGED ? 1 : 0),
          failed + (outcome == Outcome.FAILED ? 1 : 0));
    }
  }

  /** Told of each row's result, in the order of the rows, on the thread that runs the import. */
  @FunctionalInterface
  interface Listener {
    void done(Result result);
  }

  /** How a run ended: every row done, stopped on request, or stopped as the store went away. */
  enum End {
    COMPLETE,
    STOPPED,
    STORE_UNAVAILABLE
  }

  record Run(Counts counts, End end) {}

  private final Cli.Calls calls;
  private final Principal actor;
  private final boolean update;
  private final boolean dryRun;
  private final int parallelism;

  Importer(Cli.Calls calls, Principal actor, boolean update, boolean dryRun, int parallelism) {
    this.calls = calls;
    this.actor = actor;
    this.update = update;
    this.dryRun = dryRun;
    this.parallelism = Math.max(1, parallelism);
  }

  /** Imports {@code rows} until they end or {@code stop} says so (the rows under way finish). */
  Run run(Iterator<Row> rows, BooleanSupplier stop, Listener listener) throws InterruptedException {
    AtomicInteger threads = new AtomicInteger();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            parallelism,
            task -> {
              Thread thread = new Thread(task, "roster-import-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    ImportWindow window = new ImportWindow(listener);
    try {
      while (!stop.getAsBoolean() && !window.storeGone && rows.hasNext()) {
        Row row = rows.next();
        window.awaitRowsIntroducing(referenced(row));
        window.add(
            row,
            workers.submit(() -> processRetrying(row)),
            introducedUser(row),
            embeddedOrganization(row));
        window.drain(2 * parallelism - 1);
      }
      window.drain(0);
      if (!window.storeGone && !stop.getAsBoolean()) {
        retryLeaderLater(window, stop);
      }
    } finally {
      workers.shutdownNow();
    }
    End end =
        window.storeGone ? End.STORE_UNAVAILABLE : rows.hasNext() ? End.STOPPED : End.COMPLETE;
    return new Run(window.counts, end);
  }

  /**
   * The rows that named a team leader who did not exist yet, again, in their order, as long as a
   * pass creates one of them (a leader may come after the members in a file, as in an export by
   * user name); those still failing are reported then.
   */
  private void retryLeaderLater(ImportWindow window, BooleanSupplier stop)
      throws InterruptedException {
    List<Row> pending = window.leaderLater;
    boolean progress = true;
    while (!pending.isEmpty() && progress && !stop.getAsBoolean()) {
      progress = false;
      List<Row> still = new ArrayList<>();
      for (Row row : pending) {
        Result result = processRetrying(row);
        if (result.leaderLater()) {
          still.add(row);
        } else {
          progress |= result.outcome() != Outcome.FAILED;
          window.report(result);
        }
      }
      pending = still;
    }
    for (Row row : pending) {
      window.report(process(row));
    }
  }

  /** The keys of the user a row may create. */
  private static Set<String> introducedUser(Row row) {
    Set<String> keys = new HashSet<>();
    key(keys, "user-id:", row.text(UserColumns.ID));
    key(keys, "username:", row.text("username"));
    return keys;
  }

  /** The keys of the sales organization a row gives in full, which it may create. */
  private static Set<String> embeddedOrganization(Row row) {
    Set<String> keys = new HashSet<>();
    key(keys, "organization-id:", row.text(UserColumns.ORGANIZATION + "." + UserColumns.ID));
    key(keys, "organization-code:", row.text(UserColumns.ORGANIZATION + ".code"));
    return keys;
  }

  /**
   * The keys of what a row refers to, which a row under way may be creating: the organization it
   * names or gives in full, its team leader, with {@code update} the user it matches.
   */
  private Set<String> referenced(Row row) {
    Set<String> keys = embeddedOrganization(row);
    key(keys, "organization-id:", row.text("sales_organization_id"));
    key(keys, "organization-code:", row.text("sales_organization_code"));
    key(keys, "user-id:", row.text("team_leader_user_id"));
    if (update) {
      keys.addAll(introducedUser(row));
    }
    return keys;
  }

  private static void key(Set<String> keys, String kind, String value) {
    if (value != null) {
      keys.add(kind + value.trim().toLowerCase(Locale.ROOT));
    }
  }

  /** Times a row is tried while the store is unavailable, and the pause before the next try. */
  static final int ATTEMPTS = 4;

  static final long FIRST_PAUSE_MILLIS = 250;

  /**
   * One row; when the store is unavailable for it (nothing was changed, say the pool had no
   * connection free in time), tried again after a growing pause, a few times, before the run stops.
   */
  Result processRetrying(Row row) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return process(row);
      } catch (StoreUnavailable e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        Thread.sleep(FIRST_PAUSE_MILLIS << (attempt - 1));
      }
    }
  }

  /** One row, as one use case. */
  Result process(Row row) {
    if (row.problem() != null) {
      return new Result(row.line(), Outcome.FAILED, List.of(row.problem()));
    }
    RowDrafts.UserRow parsed = RowDrafts.user(row);
    try {
      UserKey existing = update ? match(parsed) : null;
      if (existing == null) {
        CreateUserCommand command = new CreateUserCommand(actor, parsed.id(), parsed.draft());
        if (dryRun) {
          return validated(row, calls.validateUser().validate(command), Outcome.CREATED);
        }
        calls.createUser().create(command);
        return new Result(row.line(), Outcome.CREATED, List.of());
      }
      UpdateUserCommand command =
          new UpdateUserCommand(actor, existing, parsed.id(), Precondition.none(), parsed.draft());
      if (dryRun) {
        return validated(row, calls.validateUser().validate(command), Outcome.UPDATED);
      }
      Revision<UserView> revision = calls.updateUser().update(command);
      return new Result(
          row.line(), revision.changed() ? Outcome.UPDATED : Outcome.UNCHANGED, List.of());
    } catch (FieldFailure e) {
      boolean leaderLater =
          !dryRun
              && row.text("team_leader_user_id") != null
              && e.errors().stream()
                  .allMatch(
                      error ->
                          error.field().equals(UserFields.TEAM_LEADER.name())
                              && error.code() == FieldError.Code.NOT_FOUND);
      return new Result(
          row.line(), Outcome.FAILED, DirectoryCommand.errors(e.errors()), leaderLater);
    } catch (NotFound | AccessDenied | VersionConflict e) {
      return new Result(row.line(), Outcome.FAILED, List.of(e.getMessage()));
    }
  }

  private static Result validated(Row row, List<FieldError> errors, Outcome success) {
    return errors.isEmpty()
        ? new Result(row.line(), success, List.of())
        : new Result(row.line(), Outcome.FAILED, DirectoryCommand.errors(errors));
  }

  /** The user an update row is about: the one with its id, else the one with its user name. */
  private UserKey match(RowDrafts.UserRow row) {
    try {
      if (row.id() != null) {
        return calls.getUser().get(actor, row.id()).user().id();
      }
      if (row.username() != null) {
        return calls.getUser().getByUsername(actor, row.username()).user().id();
      }
    } catch (NotFound e) {
      return null;
    }
    return null;
  }
}
