package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.application.fixtures.Directory;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.NewUser;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserType;
import org.junit.jupiter.api.Test;

/** What a new user starts with: the defaults shown, and the sales organization it joins. */
class NewUsersTest {
  private final Directory directory = new Directory();
  private final SalesOrganization bergen =
      directory
          .useCases
          .createSalesOrganization()
          .create(
              new CreateSalesOrganizationCommand(
                  Principal.system(), null, Mother.organizationDraft("BGO", "Bergen").build()))
          .after();

  private Draft<User> withoutOrganization(String username) {
    return Mother.minimalDraft(username, bergen.id())
        .build()
        .without(UserFields.SALES_ORGANIZATION);
  }

  @Test
  void
      a_new_user_joins_the_creators_sales_organization_when_the_command_asks_and_the_draft_names_none() {
    Principal manager = directory.as(directory.user("manager", Role.USER_MANAGER));

    UserView created =
        directory
            .useCases
            .createUser()
            .create(new CreateUserCommand(manager, null, withoutOrganization("new"), true))
            .after();

    assertThat(created.user().organisation().salesOrganization()).isEqualTo(directory.oslo.id());
    assertThat(created.references().salesOrganization()).isEqualTo(directory.oslo);
  }

  @Test
  void a_sales_organization_the_draft_names_wins_over_the_creators() {
    Principal manager = directory.as(directory.user("manager", Role.USER_MANAGER));

    UserView created =
        directory
            .useCases
            .createUser()
            .create(
                new CreateUserCommand(
                    manager, null, Mother.minimalDraft("new", bergen.id()).build(), true))
            .after();

    assertThat(created.user().organisation().salesOrganization()).isEqualTo(bergen.id());
  }

  @Test
  void without_the_rule_a_draft_must_name_the_sales_organization() {
    Principal manager = directory.as(directory.user("manager", Role.USER_MANAGER));

    assertThatThrownBy(
            () ->
                directory
                    .useCases
                    .createUser()
                    .create(new CreateUserCommand(manager, null, withoutOrganization("new"))))
        .isInstanceOf(ValidationFailed.class);
    assertThat(directory.userCount()).isEqualTo(1);
  }

  @Test
  void
      the_defaults_have_the_type_asked_the_creators_organization_every_licence_and_the_rights_on_a_new_user() {
    Principal manager = directory.as(directory.user("manager", Role.USER_MANAGER));

    NewUser user = directory.useCases.newUser().defaults(manager, UserType.RESOURCE_ASSOCIATE);

    assertThat(user.type()).isEqualTo(UserType.RESOURCE_ASSOCIATE);
    assertThat(user.references().salesOrganization()).isEqualTo(directory.oslo);
    assertThat(user.references().licences())
        .extracting(ReferenceItem::code)
        .containsExactlyElementsOf(
            directory.data.list(ReferenceKind.LICENCE).stream().map(ReferenceItem::code).toList());
    assertThat(user.references().role()).isNull();
    assertThat(user.rights().create()).isTrue();
    assertThat(user.rights().archive()).isFalse();
    assertThat(directory.userCount()).isEqualTo(1);
  }

  @Test
  void a_caller_who_may_not_create_sees_the_defaults_without_the_right_to_create() {
    Principal reader = directory.as(directory.user("reader", Role.READ_ONLY));

    NewUser user = directory.useCases.newUser().defaults(reader, UserType.INTERNAL_ASSOCIATE);

    assertThat(user.rights().read()).isTrue();
    assertThat(user.rights().create()).isFalse();
    assertThat(user.rights().update()).isFalse();
  }

  @Test
  void partner_apps_are_refused_the_defaults() {
    Principal app = directory.as(directory.user("admin", Role.ADMINISTRATOR)).viaPartnerApp();

    assertThatThrownBy(
            () -> directory.useCases.newUser().defaults(app, UserType.INTERNAL_ASSOCIATE))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("partner apps");
  }

  @Test
  void the_system_has_no_sales_organization_to_give() {
    NewUser user =
        directory.useCases.newUser().defaults(Principal.system(), UserType.INTERNAL_ASSOCIATE);

    assertThat(user.references().salesOrganization()).isNull();
  }
}
