package io.roster.adapter.persistence;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.out.Account;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserKey;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * The user repository port over the {@code users} table ({@link UserColumns}) and its child tables
 * ({@link UserChildRows}), read with {@link UserQueries}. An update writes only the child rows that
 * differ from the stored user; a read fetches the child rows of every user it returns in one query.
 */
final class JdbiUserRepository implements UserRepository {
  private final Transactions transactions;
  private final Dialect dialect;

  JdbiUserRepository(Transactions transactions, Dialect dialect) {
    this.transactions = transactions;
    this.dialect = dialect;
  }

  @Override
  public Optional<User> find(UserKey key) {
    return reading(h -> UserQueries.find(h, key));
  }

  @Override
  public Optional<Account> account(UserId id) {
    return transactions.withHandle(h -> UserQueries.account(h, id));
  }

  @Override
  public Optional<User> findByUsername(String username) {
    String key = UniqueKey.normalize(username);
    if (key == null) {
      return Optional.empty();
    }
    return reading(h -> UserQueries.findByUsernameKey(h, key));
  }

  @Override
  public Optional<UserId> holderOf(UniqueKey key) {
    return transactions.withHandle(h -> UserQueries.holderOf(h, key));
  }

  @Override
  public boolean hasTeamMembers(UserId leader) {
    return transactions.withHandle(h -> UserQueries.hasTeamMembers(h, leader));
  }

  @Override
  public AssociateId nextAssociateId() {
    return transactions.withHandle(
        h ->
            AssociateId.of(
                h.createQuery(dialect.nextValue("associate_id_seq")).mapTo(Integer.class).one()));
  }

  @Override
  public void insert(User user) {
    transactions.withHandle(
        h -> {
          UserColumns.COLUMNS.bind(h.createUpdate(UserColumns.INSERT), user).execute();
          UserChildRows.insert(h, user);
          return null;
        });
  }

  @Override
  public void update(User stored, User user) {
    transactions.withHandle(
        h -> {
          int rows =
              UserColumns.COLUMNS
                  .bind(h.createUpdate(UserColumns.UPDATE), user)
                  .bind("expected", stored.lifecycle().version())
                  .execute();
          if (rows == 0) {
            throw new VersionConflict("User", user.id());
          }
          // The version matched, so the child rows are still those of stored.
          UserChildRows.update(h, stored, user);
          return null;
        });
  }

  @Override
  public Page<User> find(ListQuery query) {
    // One transaction, so that the page, its total and the child rows are one snapshot.
    return reading(UserQueries.page(query));
  }

  /** Reads in one transaction, so that a user row and its child rows are one snapshot. */
  private <T> T reading(Function<Handle, T> reads) {
    return transactions.reading(() -> transactions.withHandle(reads));
  }
}
