package io.roster.application.service.user;

import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.customfield.CustomFieldSchema;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserDirectory;
import io.roster.domain.user.UserId;
import java.util.Optional;

/** The other users and the declared fields, as the domain asks for them, read from the ports. */
final class RepositoryUserDirectory implements UserDirectory {
  private final UserRepository users;
  private final ReferenceData referenceData;

  RepositoryUserDirectory(UserRepository users, ReferenceData referenceData) {
    this.users = users;
    this.referenceData = referenceData;
  }

  @Override
  public Optional<User> find(UserId id) {
    return users.find(id);
  }

  @Override
  public Optional<UserId> holderOf(UniqueKey key) {
    return users.holderOf(key);
  }

  @Override
  public boolean hasTeamMembers(UserId leader) {
    return users.hasTeamMembers(leader);
  }

  @Override
  public CustomFieldSchema customFieldSchema() {
    return referenceData.customFieldSchema();
  }
}
