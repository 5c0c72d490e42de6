package io.roster.application.service.user;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.application.port.out.UserRepository;
import io.roster.application.service.security.AccessPolicy;
import io.roster.domain.field.Field;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.List;

public final class FindUsersService implements FindUsersUseCase {
  private final UserRepository users;
  private final AccessPolicy policy;
  private final UserViews views;

  public FindUsersService(UserRepository users, AccessPolicy policy, UserViews views) {
    this.users = users;
    this.policy = policy;
    this.views = views;
  }

  /**
   * Every role may list users; each is shown as the caller may see them. A filter may only name
   * fields the caller may read of everyone.
   */
  @Override
  public Page<UserView> find(Principal actor, ListQuery query) {
    if (actor.partnerApp()) {
      throw new AccessDenied(policy.refusal(actor, ""));
    }
    if (query.filter() != null) {
      List<String> hidden =
          UserFields.ALL.stream()
              .filter(field -> query.filter().mentions(field) && !policy.mayFilterOn(actor, field))
              .map(Field::name)
              .toList();
      if (!hidden.isEmpty()) {
        throw new AccessDenied("You may not filter on " + String.join(", ", hidden) + ".", hidden);
      }
    }
    Page<User> page = users.find(query);
    return new Page<>(
        page.items().stream().map(views.reader(actor)).toList(), page.total(), page.offset());
  }
}
