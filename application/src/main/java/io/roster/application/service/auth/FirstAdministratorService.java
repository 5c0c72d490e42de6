package io.roster.application.service.auth;

import io.roster.application.port.in.Criterion;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.FirstAdministratorUseCase;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.port.out.UserRepository;
import io.roster.application.service.salesorg.SalesOrganizationWriter;
import io.roster.domain.credential.CredentialDraft;
import io.roster.domain.credential.Secret;
import io.roster.domain.field.Draft;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class FirstAdministratorService implements FirstAdministratorUseCase {
  static final String ORGANIZATION_CODE = "ROSTER";

  private final UnitOfWork unitOfWork;
  private final UserRepository users;
  private final SalesOrganizationRepository organizations;
  private final SalesOrganizationWriter organizationWriter;
  private final ReferenceData referenceData;
  private final CreateUserUseCase createUser;
  private final InstantSource clock;

  public FirstAdministratorService(
      UnitOfWork unitOfWork,
      UserRepository users,
      SalesOrganizationRepository organizations,
      SalesOrganizationWriter organizationWriter,
      ReferenceData referenceData,
      CreateUserUseCase createUser,
      InstantSource clock) {
    this.unitOfWork = unitOfWork;
    this.users = users;
    this.organizations = organizations;
    this.organizationWriter = organizationWriter;
    this.referenceData = referenceData;
    this.createUser = createUser;
    this.clock = clock;
  }

  @Override
  public Optional<String> ensureAdministrator(String username, String password) {
    UUID administrator =
        referenceData
            .find(ReferenceKind.ROLE, Reference.byCode(Role.ADMINISTRATOR.code()))
            .orElseThrow(
                () -> new IllegalStateException("the reference data has no administrator role"))
            .id();
    return unitOfWork.inTransaction(
        () -> {
          ListQuery administrators =
              new ListQuery(
                  null, new Criterion.Equals(UserFields.ROLE, administrator, false), false, 0, 1);
          if (users.find(administrators).total() > 0) {
            return Optional.empty();
          }
          Draft<User> draft =
              Draft.<User>builder()
                  .set(UserFields.USERNAME, username)
                  .set(UserFields.LASTNAME, "Administrator")
                  .set(
                      UserFields.EMAIL,
                      username.contains("@") ? username : username + "@roster.invalid")
                  .set(UserFields.SALES_ORGANIZATION, organization())
                  .set(UserFields.ROLE, administrator)
                  .put(
                      UserFields.CREDENTIALS,
                      List.of(
                          new CredentialDraft(
                              AuthenticationService.PASSWORD, Secret.plain(password), username)))
                  .build();
          createUser.create(new CreateUserCommand(Principal.system(), null, draft));
          return Optional.of(username);
        });
  }

  private SalesOrganizationId organization() {
    return organizations
        .findByCode(ORGANIZATION_CODE)
        .map(SalesOrganization::id)
        .orElseGet(
            () ->
                organizationWriter
                    .create(
                        Principal.system(),
                        null,
                        Draft.<SalesOrganization>builder()
                            .set(SalesOrganizationFields.CODE, ORGANIZATION_CODE)
                            .set(SalesOrganizationFields.NAME, "Roster")
                            .build(),
                        clock.instant())
                    .after()
                    .id());
  }
}
