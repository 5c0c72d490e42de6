package io.roster.adapter.cli;

import io.roster.application.port.in.Criterion;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.SortKey;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.user.UserFields;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every user a query finds, one page at a time, in the order of their user names (unique ignoring
 * case, so the order does not depend on when or where a user was created): only one page is held at
 * once, however large the directory.
 */
final class UserPages {
  static final int PAGE = 500;

  private UserPages() {}

  /**
   * Hands each user to {@code each}, at most {@code limit} of them ({@code 0}: all).
   *
   * @return how many were handed
   */
  static long forEach(
      FindUsersUseCase findUsers,
      Principal actor,
      String text,
      Criterion filter,
      boolean includeArchived,
      long limit,
      Consumer<UserView> each) {
    long handed = 0;
    int offset = 0;
    while (true) {
      int size = limit > 0 ? (int) Math.min(PAGE, limit - handed) : PAGE;
      if (size <= 0) {
        return handed;
      }
      Page<UserView> page =
          findUsers.find(
              actor,
              new ListQuery(
                  text,
                  filter,
                  includeArchived,
                  offset,
                  size,
                  List.of(new SortKey(UserFields.USERNAME, false))));
      page.items().forEach(each);
      handed += page.items().size();
      offset += page.items().size();
      if (page.items().isEmpty() || !page.hasMore()) {
        return handed;
      }
    }
  }
}
