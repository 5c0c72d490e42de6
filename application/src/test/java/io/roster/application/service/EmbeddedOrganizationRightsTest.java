package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.application.fixtures.Directory;
import io.roster.application.fixtures.Mother;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.AccessDenied;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.salesorg.UpdateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Revision;
import io.roster.domain.reference.Reference;
import io.roster.domain.salesorg.EmbeddedSalesOrganization;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Only administrators and user managers create or change sales organizations, also when a user
 * request embeds one.
 */
class EmbeddedOrganizationRightsTest {
  private final Directory dir = new Directory();
  private final User manager = dir.user("manager", Role.USER_MANAGER);
  private final User hr = dir.user("hr", Role.HR);
  private final User ada = dir.user("ada", Role.STANDARD);

  private static Reference<EmbeddedSalesOrganization> embedded(String code, String name) {
    return Reference.embedded(
        new EmbeddedSalesOrganization(
            null,
            Draft.<SalesOrganization>builder()
                .set(SalesOrganizationFields.CODE, code)
                .set(SalesOrganizationFields.NAME, name)
                .build()));
  }

  private Revision<User> update(User caller, User target, Draft.Builder<User> draft) {
    return dir.useCases
        .updateUser()
        .update(
            new UpdateUserCommand(
                dir.as(caller), target.id(), null, Precondition.none(), draft.build()))
        .map(UserView::user);
  }

  private static Draft.Builder<User> movingTo(Reference<?> organization) {
    return Draft.<User>builder().refer(UserFields.SALES_ORGANIZATION, organization);
  }

  /** Refused; no organization named TRD, Oslo unchanged, the target unchanged. */
  private AccessDenied refused(User target, ThrowingCallable call) {
    User before = dir.stored(target);
    SalesOrganization oslo = dir.ports.salesOrganizations().findByCode("OSL").orElseThrow();
    int audited = dir.history(target).size();

    Throwable thrown = catchThrowable(call);

    assertThat(thrown).isInstanceOf(AccessDenied.class);
    assertThat(thrown.getMessage()).isEqualTo("You may not create or change sales organizations.");
    assertThat(dir.ports.salesOrganizations().findByCode("TRD")).isEmpty();
    assertThat(dir.ports.salesOrganizations().findByCode("OSL")).contains(oslo);
    assertThat(dir.ports.auditLog().history("SalesOrganization", oslo.id().toString())).hasSize(1);
    assertThat(dir.stored(target)).isEqualTo(before);
    assertThat(dir.history(target)).hasSize(audited);
    return (AccessDenied) thrown;
  }

  @Test
  void hr_moving_a_user_into_a_new_embedded_organization_is_refused_and_none_is_created() {
    refused(ada, () -> update(hr, ada, movingTo(embedded("TRD", "Trondheim"))));
  }

  @Test
  void hr_renaming_the_embedded_organization_is_refused_and_it_keeps_its_name() {
    refused(ada, () -> update(hr, ada, movingTo(embedded("OSL", "Oslo renamed"))));

    assertThat(dir.ports.salesOrganizations().findByCode("OSL").orElseThrow().profile().name())
        .isEqualTo("Oslo");
  }

  @Test
  void a_standard_user_embedding_a_new_organization_in_their_own_update_is_refused() {
    refused(
        ada,
        () ->
            update(
                ada, ada, movingTo(embedded("TRD", "Trondheim")).set(UserFields.PHONE, "+47 1")));
  }

  @Test
  void hr_sending_the_organization_as_it_is_changes_the_user_and_not_the_organization() {
    SalesOrganization oslo = dir.ports.salesOrganizations().findByCode("OSL").orElseThrow();

    update(hr, ada, movingTo(embedded("OSL", "Oslo")).set(UserFields.PHONE, "+47 55"));

    assertThat(dir.stored(ada).person().phone()).isEqualTo("+47 55");
    assertThat(dir.stored(ada).organisation().salesOrganization()).isEqualTo(oslo.id());
    assertThat(dir.ports.salesOrganizations().findByCode("OSL")).contains(oslo);
  }

  @Test
  void a_user_manager_may_create_an_embedded_organization() {
    update(manager, ada, movingTo(embedded("TRD", "Trondheim")));

    SalesOrganization trondheim = dir.ports.salesOrganizations().findByCode("TRD").orElseThrow();
    assertThat(dir.stored(ada).organisation().salesOrganization()).isEqualTo(trondheim.id());
    assertThat(dir.ports.auditLog().history("SalesOrganization", trondheim.id().toString()))
        .singleElement()
        .satisfies(r -> assertThat(r.actor()).isEqualTo("manager"));
  }

  @Test
  void a_user_manager_creating_a_user_may_create_their_organization_too() {
    dir.useCases
        .createUser()
        .create(
            new CreateUserCommand(
                dir.as(manager),
                null,
                Draft.<User>builder()
                    .set(UserFields.USERNAME, "newbie")
                    .set(UserFields.LASTNAME, "Newman")
                    .set(UserFields.EMAIL, "newbie@example.test")
                    .refer(UserFields.SALES_ORGANIZATION, embedded("TRD", "Trondheim"))
                    .build()));

    assertThat(dir.ports.salesOrganizations().findByCode("TRD")).isPresent();
  }

  @Test
  void hr_and_standard_users_may_not_create_or_change_organizations_directly() {
    for (User caller : new User[] {hr, ada}) {
      assertThat(
              catchThrowable(
                  () ->
                      dir.useCases
                          .createSalesOrganization()
                          .create(
                              new CreateSalesOrganizationCommand(
                                  dir.as(caller),
                                  null,
                                  Mother.organizationDraft("TRD", "Trondheim").build()))))
          .isInstanceOf(AccessDenied.class);
      assertThat(
              catchThrowable(
                  () ->
                      dir.useCases
                          .updateSalesOrganization()
                          .update(
                              new UpdateSalesOrganizationCommand(
                                  dir.as(caller),
                                  dir.oslo.id(),
                                  Precondition.none(),
                                  Mother.organizationDraft("OSL", "Oslo renamed").build()))))
          .isInstanceOf(AccessDenied.class);
    }
    assertThat(dir.ports.salesOrganizations().findByCode("TRD")).isEmpty();
    assertThat(dir.ports.salesOrganizations().findByCode("OSL").orElseThrow().profile().name())
        .isEqualTo("Oslo");
  }
}
