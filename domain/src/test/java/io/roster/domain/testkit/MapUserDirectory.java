package io.roster.domain.testkit;

import io.roster.domain.customfield.CustomFieldSchema;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserDirectory;
import io.roster.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link UserDirectory} over a map, for tests of the domain alone. */
public final class MapUserDirectory implements UserDirectory {
  private final Map<UserId, User> users = new LinkedHashMap<>();
  private final CustomFieldSchema schema;

  public MapUserDirectory() {
    this(CustomFieldSchema.UDF_ONLY);
  }

  public MapUserDirectory(CustomFieldSchema schema) {
    this.schema = schema;
  }

  /** Puts (or replaces) {@code user}; returns it. */
  public User put(User user) {
    users.put(user.id(), user);
    return user;
  }

  @Override
  public Optional<User> find(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public Optional<UserId> holderOf(UniqueKey key) {
    return users.values().stream()
        .filter(u -> u.login().uniqueKeys().contains(key))
        .map(User::id)
        .findFirst();
  }

  @Override
  public boolean hasTeamMembers(UserId leader) {
    return users.values().stream().anyMatch(u -> leader.equals(u.organisation().teamLeaderId()));
  }

  @Override
  public CustomFieldSchema customFieldSchema() {
    return schema;
  }
}
