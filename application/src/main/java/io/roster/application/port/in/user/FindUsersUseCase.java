package io.roster.application.port.in.user;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.Principal;

public interface FindUsersUseCase {
  /** Users by associate id; the text matches user name, names, e-mail, initials or nick name. */
  Page<UserView> find(Principal actor, ListQuery query);
}
