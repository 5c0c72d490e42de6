package io.roster.bootstrap;

import io.roster.application.UseCases;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Scoped;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small set to try Roster with at once: one sales organization and a team of four, with fixed
 * ids so the README's examples work as printed, one of each role below administrator, all with the
 * password {@link #PASSWORD}. Loaded only into an empty directory.
 */
final class DemoData {
  static final SalesOrganizationId ORGANIZATION =
      SalesOrganizationId.of(UUID.fromString("5a1e5000-0000-4000-8000-000000000001"));
  static final UserId LEADER = id(1);
  static final String PASSWORD = "demo-password";
  private static final Principal DEMO = new Principal("demo", null, Role.ADMINISTRATOR, false);

  private DemoData() {}

  /** Loads the set unless users exist already; returns whether it did. */
  static boolean loadInto(UseCases useCases) {
    if (useCases.findUsers().find(DEMO, new ListQuery(null, true, 0, 1)).total() > 0) {
      return false;
    }
    useCases.createSalesOrganization().create(
        new CreateSalesOrganizationCommand(
            DEMO,
            ORGANIZATION,
            Draft.<SalesOrganization>builder()
                .set(SalesOrganizationFields.CODE, "DEMO")
                .set(SalesOrganizationFields.NAME, "Demo Sales Oslo")
                .set(SalesOrganizationFields.CITY, "Oslo")
                .refer(SalesOrganizationFields.COUNTRY, Reference.byCode("NO"))
                .refer(SalesOrganizationFields.CURRENCY, Reference.byCode("NOK"))
                .build()));
    create(useCases, LEADER, "grace.hopper@example.com", "Grace", "Hopper", true, null, Role.USER_MANAGER);
    create(useCases, id(2), "ada.lovelace@example.com", "Ada", "Lovelace", false, LEADER, Role.HR);
    create(useCases, id(3), "alan.turing@example.com", "Alan", "Turing", false, LEADER, Role.STANDARD);
    create(useCases, id(4), "linus.pauling@example.com", "Linus", "Pauling", false, null, Role.READ_ONLY);
    return true;
  }

  private static UserId id(int n) {
    return UserId.of(UUID.fromString("a5e40000-0000-4000-8000-00000000000" + n));
  }

  private static void create(
      UseCases useCases, UserId id, String username, String firstname, String lastname,
      boolean leads, UserId leader, Role role) {
    Draft.Builder<User> draft =
        Draft.<User>builder()
            .set(UserFields.USERNAME, username)
            .set(UserFields.EMAIL, username)
            .set(UserFields.FIRSTNAME, firstname)
            .set(UserFields.LASTNAME, lastname)
            .set(UserFields.IS_TEAM_LEADER, leads)
            .put(UserFields.LICENCES, Scoped.all(Map.of("sales-app", true)))
            .refer(UserFields.SALES_ORGANIZATION, Reference.byId(ORGANIZATION.value()))
            .refer(UserFields.LANGUAGE, Reference.byCode("en"))
            .refer(UserFields.ROLE, Reference.byCode(role.code()))
            .put(
                UserFields.CREDENTIALS,
                List.of(new CredentialDraft("Password", Secret.plain(PASSWORD), username)));
    if (leader != null) {
      draft.refer(UserFields.TEAM_LEADER, Reference.byId(leader.value()));
    }
    useCases.createUser().create(new CreateUserCommand(DEMO, id, draft.build()));
  }
}
