package io.roster.adapter.rest.superoffice;

import static io.roster.domain.user.UserFields.SALES_ORGANIZATION;

import io.roster.application.UseCases;
import io.roster.application.port.in.Principal;
import io.roster.domain.credential.Credential;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.field.Draft;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.Access;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.HrData;
import io.roster.domain.user.Lifecycle;
import io.roster.domain.user.Login;
import io.roster.domain.user.Organisation;
import io.roster.domain.user.Person;
import io.roster.domain.user.PrivateContact;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a new user gets that the SuperOffice dialect cannot say: a sales organization (the creating
 * user's own; SuperOffice has none to give), and the defaults {@code GET /api/v1/User/default} shows.
 */
final class SoNewUsers {
  private final UseCases useCases;

  SoNewUsers(UseCases useCases) {
    this.useCases = useCases;
  }

  /** {@code draft} with the caller's sales organization, when the caller is a user. */
  Draft<User> draft(Principal caller, Draft<User> draft) {
    SalesOrganizationId organization = callersOrganization(caller);
    return organization == null ? draft : draft.replacing(SALES_ORGANIZATION, organization);
  }

  /**
   * A new user of {@code type} with every default, to show and to ask the caller's rights on. Its user name, last
   * name and e-mail are placeholders the answer blanks out: a user cannot exist without them.
   */
  User template(Principal caller, UserType type) {
    SalesOrganizationId organization = callersOrganization(caller);
    return new User(
        UserId.random(),
        AssociateId.of(Integer.MAX_VALUE),
        new Login("new user", null, null, null),
        new Person(null, "new user", "new.user@example.invalid", null, null, null, null, null, null),
        PrivateContact.NONE,
        HrData.NONE,
        new Organisation(
            organization == null ? SalesOrganizationId.random() : organization,
            null, Set.of(), null, false, null, Set.of(), type, 0, null),
        new Access(Set.of(), List.<Credential>of(), false, false, false, 0, null),
        CustomFields.NONE,
        Lifecycle.born(Instant.now(), false));
  }

  private SalesOrganizationId callersOrganization(Principal caller) {
    if (caller.userId() == null) {
      return null;
    }
    return useCases.getUser().get(caller, caller.userId()).user().organisation().salesOrganization();
  }
}
