package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.fixtures.Directory;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.FirstAdministratorUseCase;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.ArchiveUserCommand;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.user.User;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {
  private final Directory dir = new Directory();
  private final FirstAdministratorUseCase first = dir.useCases.firstAdministrator();

  private long organizations() {
    return dir.ports.salesOrganizations().find(new ListQuery(null, true, 0, 100)).total();
  }

  @Test
  void on_an_empty_directory_an_administrator_is_made_in_organization_roster() {
    assertThat(dir.userCount()).isZero();

    assertThat(first.ensureAdministrator("root", "s3cret root")).contains("root");

    User root = dir.ports.users().findByUsername("root").orElseThrow();
    SalesOrganization roster = dir.ports.salesOrganizations().findByCode("ROSTER").orElseThrow();
    assertThat(root.organisation().role()).isEqualTo(dir.roleId(Role.ADMINISTRATOR));
    assertThat(root.organisation().salesOrganization()).isEqualTo(roster.id());
    assertThat(root.canLogOn()).isTrue();
    Principal principal =
        dir.useCases.authenticate().authenticate("root", "s3cret root", "192.0.2.1");
    assertThat(principal.role()).isEqualTo(Role.ADMINISTRATOR);
    assertThat(principal.userId()).isEqualTo(root.id());
  }

  @Test
  void a_second_call_makes_nobody() {
    first.ensureAdministrator("root", "s3cret root");
    long organizations = organizations();

    assertThat(first.ensureAdministrator("root2", "other")).isEmpty();

    assertThat(dir.userCount()).isEqualTo(1);
    assertThat(dir.ports.users().findByUsername("root2")).isEmpty();
    assertThat(organizations()).isEqualTo(organizations);
  }

  @Test
  void an_existing_administrator_is_enough() {
    dir.user("admin", Role.ADMINISTRATOR);

    assertThat(first.ensureAdministrator("root", "s3cret root")).isEmpty();

    assertThat(dir.userCount()).isEqualTo(1);
    assertThat(dir.ports.salesOrganizations().findByCode("ROSTER")).isEmpty();
  }

  @Test
  void users_of_other_roles_and_archived_administrators_do_not_count() {
    dir.user("manager", Role.USER_MANAGER);
    User retired = dir.user("retired", Role.ADMINISTRATOR);
    dir.useCases
        .archiveUser()
        .archive(new ArchiveUserCommand(Principal.system(), retired.id(), Precondition.none()));

    assertThat(first.ensureAdministrator("root", "s3cret root")).contains("root");

    assertThat(dir.useCases.authenticate().authenticate("root", "s3cret root", "192.0.2.1").role())
        .isEqualTo(Role.ADMINISTRATOR);
  }

  @Test
  void an_existing_organization_roster_is_used() {
    SalesOrganization roster =
        dir.useCases
            .createSalesOrganization()
            .create(
                new CreateSalesOrganizationCommand(
                    Principal.system(), null, Mother.organizationDraft("ROSTER", "Ours").build()))
            .after();
    long organizations = organizations();

    first.ensureAdministrator("root", "s3cret root");

    assertThat(
            dir.ports
                .users()
                .findByUsername("root")
                .orElseThrow()
                .organisation()
                .salesOrganization())
        .isEqualTo(roster.id());
    assertThat(organizations()).isEqualTo(organizations);
  }
}
