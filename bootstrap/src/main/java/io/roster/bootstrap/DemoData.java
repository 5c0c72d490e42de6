package io.roster.bootstrap;

import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.application.UseCases;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small set to try Roster with at once: one sales organization, three user groups, two ticket
 * categories and a team of four, with fixed ids so the README's examples work as printed, one of
 * each role below administrator, all with the password {@link #PASSWORD}. Loaded only into an empty
 * directory.
 */
final class DemoData {
  static final SalesOrganizationId ORGANIZATION =
      SalesOrganizationId.of(UUID.fromString("5a1e5000-0000-4000-8000-000000000001"));
  static final UserId LEADER = id(1);
  static final String PASSWORD = "demo-password";
  private static final Principal DEMO = new Principal("demo", null, Role.ADMINISTRATOR, false);

  private DemoData() {}

  /** User groups, numbered 1 to 3 in an empty directory: code, name. */
  static final Map<String, String> GROUPS =
      ordered("sales", "Sales", "support", "Support", "research", "Research");

  /** Ticket categories, numbered 1 and 2 in an empty directory: code, name. */
  static final Map<String, String> CATEGORIES =
      ordered("billing", "Billing", "technical", "Technical");

  /**
   * Loads the set unless users exist already; returns whether it did. The reference items go in
   * through {@code persistence}, as no use case writes reference lists.
   */
  static boolean loadInto(JdbiPersistence persistence, UseCases useCases) {
    if (useCases.findUsers().find(DEMO, new ListQuery(null, true, 0, 1)).total() > 0) {
      return false;
    }
    persistence.addReferenceItems(
        ReferenceKind.USER_GROUP, items(ReferenceKind.USER_GROUP, GROUPS));
    persistence.addReferenceItems(
        ReferenceKind.TICKET_CATEGORY, items(ReferenceKind.TICKET_CATEGORY, CATEGORIES));
    useCases
        .createSalesOrganization()
        .create(
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
    create(
        useCases,
        LEADER,
        user("grace.hopper@example.com", "Grace", "Hopper", true, null, Role.USER_MANAGER)
            .refer(UserFields.USER_GROUP, Reference.byCode("sales"))
            .refer(UserFields.OTHER_GROUPS, Reference.byCode("research")));
    create(
        useCases,
        id(2),
        user("ada.lovelace@example.com", "Ada", "Lovelace", false, LEADER, Role.HR)
            .refer(UserFields.USER_GROUP, Reference.byCode("support")));
    create(
        useCases,
        id(3),
        user("alan.turing@example.com", "Alan", "Turing", false, LEADER, Role.STANDARD)
            .refer(UserFields.USER_GROUP, Reference.byCode("research"))
            .refer(UserFields.TICKET_CATEGORIES, Reference.byCode("technical")));
    create(
        useCases,
        id(4),
        user("linus.pauling@example.com", "Linus", "Pauling", false, null, Role.READ_ONLY));
    return true;
  }

  private static Map<String, String> ordered(String... codesAndNames) {
    Map<String, String> items = new LinkedHashMap<>();
    for (int i = 0; i < codesAndNames.length; i += 2) {
      items.put(codesAndNames[i], codesAndNames[i + 1]);
    }
    return Collections.unmodifiableMap(items);
  }

  /** The items with ids every demo set shares (their numbers come from the database). */
  private static List<ReferenceItem> items(ReferenceKind kind, Map<String, String> codesAndNames) {
    List<ReferenceItem> items = new ArrayList<>();
    codesAndNames.forEach(
        (code, name) ->
            items.add(
                new ReferenceItem(
                    kind,
                    UUID.nameUUIDFromBytes(
                        ("demo " + kind + ":" + code).getBytes(StandardCharsets.UTF_8)),
                    1,
                    code,
                    name)));
    return items;
  }

  private static UserId id(int n) {
    return UserId.of(UUID.fromString("a5e40000-0000-4000-8000-00000000000" + n));
  }

  private static void create(UseCases useCases, UserId id, Draft.Builder<User> draft) {
    useCases.createUser().create(new CreateUserCommand(DEMO, id, draft.build()));
  }

  private static Draft.Builder<User> user(
      String username, String firstname, String lastname, boolean leads, UserId leader, Role role) {
    Draft.Builder<User> draft =
        Draft.<User>builder()
            .set(UserFields.USERNAME, username)
            .set(UserFields.EMAIL, username)
            .set(UserFields.FIRSTNAME, firstname)
            .set(UserFields.LASTNAME, lastname)
            .set(UserFields.IS_TEAM_LEADER, leads)
            .put(UserFields.LICENCES, KeyedEntries.all(Map.of("sales-app", true)))
            .refer(UserFields.SALES_ORGANIZATION, Reference.byId(ORGANIZATION.value()))
            .refer(UserFields.LANGUAGE, Reference.byCode("en"))
            .refer(UserFields.ROLE, Reference.byCode(role.code()))
            .put(
                UserFields.CREDENTIALS,
                List.of(new CredentialDraft("Password", Secret.plain(PASSWORD), username)));
    if (leader != null) {
      draft.refer(UserFields.TEAM_LEADER, Reference.byId(leader.value()));
    }
    return draft;
  }
}
