package io.roster.adapter.persistence;

import io.roster.application.port.out.LoginFailures;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed log-ons in {@code login_failure}, one row each. Each call is one statement of its own,
 * outside any use case's transaction, so that a failure counts at once on every instance, and stays
 * counted whatever becomes of the request that failed.
 */
final class JdbiLoginFailures implements LoginFailures {
  private final Transactions transactions;

  JdbiLoginFailures(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(String key, Failure failure) {
    transactions.withHandle(
        h ->
            h.createUpdate(
                    "insert into login_failure (throttle_key, failed_at, failure_count)"
                        + " values (:key, :at, :count)")
                .bind("key", key)
                .bind("at", Sql.timestamp(failure.at()))
                .bind("count", failure.count())
                .execute());
  }

  @Override
  public Optional<Failure> latest(String key) {
    return transactions.withHandle(
        h ->
            h.createQuery(
                    "select failed_at, failure_count from login_failure where throttle_key = :key"
                        + " order by failed_at desc, failure_count desc limit 1")
                .bind("key", key)
                .map(
                    (rs, ctx) ->
                        new Failure(Sql.instant(rs, "failed_at"), rs.getInt("failure_count")))
                .findOne());
  }

  @Override
  public int countAfter(String key, Instant after) {
    return transactions.withHandle(
        h ->
            h.createQuery(
                    "select count(*) from login_failure"
                        + " where throttle_key = :key and failed_at > :after")
                .bind("key", key)
                .bind("after", Sql.timestamp(after))
                .mapTo(Integer.class)
                .one());
  }

  @Override
  public void clear(String key) {
    transactions.withHandle(
        h ->
            h.createUpdate("delete from login_failure where throttle_key = :key")
                .bind("key", key)
                .execute());
  }

  @Override
  public void forgetBefore(Instant before) {
    transactions.withHandle(
        h ->
            h.createUpdate("delete from login_failure where failed_at < :before")
                .bind("before", Sql.timestamp(before))
                .execute());
  }
}
