package io.roster.adapter.persistence;

import io.roster.application.port.out.SessionStore;
import io.roster.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Sessions in {@code user_session}, one row each, by ticket hash. Each call is one statement of its
 * own, outside any use case's transaction: a session is kept, used or ended at once, for every
 * instance on the database.
 */
final class JdbiSessionStore implements SessionStore {
  private final Transactions transactions;

  JdbiSessionStore(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(StoredSession session) {
    transactions.withHandle(
        h ->
            h.createUpdate(
                    "insert into user_session"
                        + " (ticket_hash, xsrf_token, user_id, last_used_at, expires_at)"
                        + " values (:hash, :xsrf, :user, :lastUsed, :expiresAt)")
                .bind("hash", session.ticketHash())
                .bind("xsrf", session.xsrfToken())
                .bind("user", Sql.uuid(session.user().value()))
                .bind("lastUsed", Sql.timestamp(session.lastUsed()))
                .bind("expiresAt", Sql.timestamp(session.expiresAt()))
                .execute());
  }

  @Override
  public Optional<StoredSession> find(String ticketHash) {
    return transactions.withHandle(
        h ->
            h.createQuery(
                    "select ticket_hash, xsrf_token, user_id, last_used_at, expires_at"
                        + " from user_session where ticket_hash = :hash")
                .bind("hash", ticketHash)
                .map(
                    (rs, ctx) ->
                        new StoredSession(
                            rs.getString("ticket_hash"),
                            rs.getString("xsrf_token"),
                            UserId.of(Sql.uuid(rs, "user_id")),
                            Sql.instant(rs, "last_used_at"),
                            Sql.instant(rs, "expires_at")))
                .findOne());
  }

  @Override
  public void touch(String ticketHash, Instant at, Instant expiresAt) {
    transactions.withHandle(
        h ->
            h.createUpdate(
                    "update user_session set last_used_at = :at, expires_at = :expiresAt"
                        + " where ticket_hash = :hash and last_used_at < :at")
                .bind("hash", ticketHash)
                .bind("at", Sql.timestamp(at))
                .bind("expiresAt", Sql.timestamp(expiresAt))
                .execute());
  }

  @Override
  public boolean remove(String ticketHash) {
    return transactions.withHandle(
            h ->
                h.createUpdate("delete from user_session where ticket_hash = :hash")
                    .bind("hash", ticketHash)
                    .execute())
        > 0;
  }

  @Override
  public int removeExpired(Instant now) {
    return transactions.withHandle(
        h ->
            h.createUpdate("delete from user_session where expires_at <= :now")
                .bind("now", Sql.timestamp(now))
                .execute());
  }
}
