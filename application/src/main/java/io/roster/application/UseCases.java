package io.roster.application;

import io.roster.application.port.in.reference.ReferenceDataUseCase;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationUseCase;
import io.roster.application.port.in.salesorg.FindSalesOrganizationsUseCase;
import io.roster.application.port.in.salesorg.GetSalesOrganizationUseCase;
import io.roster.application.port.in.salesorg.UpdateSalesOrganizationUseCase;
import io.roster.application.port.in.user.ArchiveUserUseCase;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.application.service.DraftResolver;
import io.roster.application.service.reference.ReferenceDataService;
import io.roster.application.service.salesorg.CreateSalesOrganizationService;
import io.roster.application.service.salesorg.FindSalesOrganizationsService;
import io.roster.application.service.salesorg.GetSalesOrganizationService;
import io.roster.application.service.salesorg.SalesOrganizationWriter;
import io.roster.application.service.salesorg.UpdateSalesOrganizationService;
import io.roster.application.service.user.ArchiveUserService;
import io.roster.application.service.user.CreateUserService;
import io.roster.application.service.user.FindUsersService;
import io.roster.application.service.user.GetUserService;
import io.roster.application.service.user.UpdateUserService;
import io.roster.application.service.user.UserWriter;

/** Every use case, wired by hand over one set of ports. Adapters driving Roster take what they need. */
public record UseCases(
    CreateUserUseCase createUser,
    UpdateUserUseCase updateUser,
    GetUserUseCase getUser,
    FindUsersUseCase findUsers,
    ArchiveUserUseCase archiveUser,
    CreateSalesOrganizationUseCase createSalesOrganization,
    UpdateSalesOrganizationUseCase updateSalesOrganization,
    GetSalesOrganizationUseCase getSalesOrganization,
    FindSalesOrganizationsUseCase findSalesOrganizations,
    ReferenceDataUseCase referenceData) {

  public static UseCases over(Ports ports) {
    DraftResolver resolver = new DraftResolver(ports.referenceData());
    SalesOrganizationWriter organizations =
        new SalesOrganizationWriter(ports.salesOrganizations(), resolver, ports.auditLog());
    UserWriter users =
        new UserWriter(
            ports.users(),
            organizations,
            resolver,
            ports.referenceData(),
            ports.passwordHasher(),
            ports.auditLog());
    return new UseCases(
        new CreateUserService(ports.unitOfWork(), users, ports.clock()),
        new UpdateUserService(ports.unitOfWork(), users, ports.clock()),
        new GetUserService(ports.users()),
        new FindUsersService(ports.users()),
        new ArchiveUserService(ports.unitOfWork(), users, ports.clock()),
        new CreateSalesOrganizationService(ports.unitOfWork(), organizations, ports.clock()),
        new UpdateSalesOrganizationService(
            ports.unitOfWork(), ports.salesOrganizations(), organizations, ports.clock()),
        new GetSalesOrganizationService(ports.salesOrganizations()),
        new FindSalesOrganizationsService(ports.salesOrganizations()),
        new ReferenceDataService(ports.referenceData()));
  }
}
