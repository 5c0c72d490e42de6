package io.roster.application.port.out;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserKey;
import java.util.Optional;

/** Where users are kept. Nothing here deletes a user. */
public interface UserRepository {
  Optional<User> find(UserKey key);

  /** The account of the user with this id: cheaper than {@link #find} (no child rows). */
  Optional<Account> account(UserId id);

  /** The user with this user name, ignoring case. */
  Optional<User> findByUsername(String username);

  /** The user that holds {@code key} (user name ignoring case, initials, nick name, code). */
  Optional<UserId> holderOf(UniqueKey key);

  /** True when some user has {@code leader} as team leader. */
  boolean hasTeamMembers(UserId leader);

  /** A fresh associate id, never handed out before. */
  AssociateId nextAssociateId();

  /**
   * @throws UniquenessViolated when the id, associate id or a unique key is already held
   */
  void insert(User user);

  /**
   * Replaces {@code stored}, the user as {@link #find} returned it, with {@code changed} (same id).
   * The stored version must still be {@code stored}'s; only what differs from {@code stored} needs
   * to be written.
   *
   * @throws VersionConflict when it is not (or the user is gone)
   * @throws UniquenessViolated when a unique key is held by another user
   */
  void update(User stored, User changed);

  /** Ordered by associate id. */
  Page<User> find(ListQuery query);
}
