package io.roster.domain.user;

import io.roster.domain.customfield.CustomFieldSchema;
import java.util.Optional;

/**
 * What a user's update must know about the other users and the configuration to keep the invariants
 * that span users: unique keys, team leadership, declared extra fields.
 */
public interface UserDirectory {
  Optional<User> find(UserId id);

  /** The user holding {@code key}, if any. */
  Optional<UserId> holderOf(UniqueKey key);

  /** True when some user (archived or not) has {@code leader} as team leader. */
  boolean hasTeamMembers(UserId leader);

  CustomFieldSchema customFieldSchema();
}
