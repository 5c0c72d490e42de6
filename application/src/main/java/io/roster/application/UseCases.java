package io.roster.application;

import io.roster.application.port.in.auth.AuthenticateUseCase;
import io.roster.application.port.in.auth.ChangePasswordUseCase;
import io.roster.application.port.in.auth.FirstAdministratorUseCase;
import io.roster.application.port.in.auth.RightsUseCase;
import io.roster.application.port.in.auth.SessionUseCase;
import io.roster.application.port.in.reference.ReferenceDataUseCase;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationUseCase;
import io.roster.application.port.in.salesorg.FindSalesOrganizationsUseCase;
import io.roster.application.port.in.salesorg.GetSalesOrganizationUseCase;
import io.roster.application.port.in.salesorg.UpdateSalesOrganizationUseCase;
import io.roster.application.port.in.user.ArchiveUserUseCase;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.NewUserUseCase;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.application.port.in.user.ValidateUserUseCase;
import io.roster.application.service.DraftResolver;
import io.roster.application.service.auth.AuthenticationService;
import io.roster.application.service.auth.FirstAdministratorService;
import io.roster.application.service.auth.SessionService;
import io.roster.application.service.reference.ReferenceDataService;
import io.roster.application.service.salesorg.CreateSalesOrganizationService;
import io.roster.application.service.salesorg.FindSalesOrganizationsService;
import io.roster.application.service.salesorg.GetSalesOrganizationService;
import io.roster.application.service.salesorg.SalesOrganizationWriter;
import io.roster.application.service.salesorg.UpdateSalesOrganizationService;
import io.roster.application.service.security.AccessPolicy;
import io.roster.application.service.security.LoginThrottle;
import io.roster.application.service.user.ArchiveUserService;
import io.roster.application.service.user.ChangePasswordService;
import io.roster.application.service.user.CreateUserService;
import io.roster.application.service.user.FindUsersService;
import io.roster.application.service.user.GetUserService;
import io.roster.application.service.user.NewUserService;
import io.roster.application.service.user.UpdateUserService;
import io.roster.application.service.user.UserViews;
import io.roster.application.service.user.UserWriter;
import io.roster.application.service.user.ValidateUserService;

/**
 * Every use case, wired by hand over one set of ports. Adapters driving Roster take what they need.
 */
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
    ReferenceDataUseCase referenceData,
    AuthenticateUseCase authenticate,
    ChangePasswordUseCase changePassword,
    FirstAdministratorUseCase firstAdministrator,
    RightsUseCase rights,
    ValidateUserUseCase validateUser,
    NewUserUseCase newUser,
    SessionUseCase sessions) {

  /**
   * The use cases over {@code ports}, a client address's wrong passwords refused after {@link
   * LoginThrottle#FAILURES_PER_ADDRESS} failures.
   */
  public static UseCases over(Ports ports) {
    return over(ports, LoginThrottle.FAILURES_PER_ADDRESS);
  }

  /**
   * The use cases over {@code ports}; after {@code failuresPerAddress} failed log-ons from one
   * client address within {@link LoginThrottle#WINDOW}, its wrong passwords get {@code
   * TooManyAttempts} (its right ones still log on).
   */
  public static UseCases over(Ports ports, int failuresPerAddress) {
    DraftResolver resolver = new DraftResolver(ports.referenceData());
    AccessPolicy policy = new AccessPolicy(ports.referenceData());
    UserViews views = new UserViews(policy, ports.salesOrganizations(), ports.referenceData());
    SalesOrganizationWriter organizations =
        new SalesOrganizationWriter(ports.salesOrganizations(), resolver, ports.auditLog(), policy);
    UserWriter users =
        new UserWriter(
            ports.users(),
            organizations,
            resolver,
            ports.referenceData(),
            ports.passwordHasher(),
            ports.auditLog(),
            policy,
            views);
    AuthenticationService authentication =
        new AuthenticationService(
            ports.unitOfWork(),
            ports.users(),
            ports.passwordHasher(),
            policy,
            new LoginThrottle(ports.loginFailures(), ports.clock()),
            new LoginThrottle(ports.loginFailures(), ports.clock(), failuresPerAddress),
            ports.clock());
    CreateUserService createUser =
        new CreateUserService(ports.unitOfWork(), ports.users(), users, ports.clock());
    UpdateUserService updateUser = new UpdateUserService(ports.unitOfWork(), users, ports.clock());
    return new UseCases(
        createUser,
        updateUser,
        new GetUserService(ports.users(), policy, views),
        new FindUsersService(ports.users(), policy, views),
        new ArchiveUserService(ports.unitOfWork(), users, ports.clock()),
        new CreateSalesOrganizationService(ports.unitOfWork(), organizations, ports.clock()),
        new UpdateSalesOrganizationService(
            ports.unitOfWork(), ports.salesOrganizations(), organizations, ports.clock()),
        new GetSalesOrganizationService(ports.salesOrganizations()),
        new FindSalesOrganizationsService(ports.salesOrganizations()),
        new ReferenceDataService(ports.referenceData()),
        authentication,
        new ChangePasswordService(ports.unitOfWork(), users, authentication, ports.clock()),
        new FirstAdministratorService(
            ports.unitOfWork(),
            ports.users(),
            ports.salesOrganizations(),
            organizations,
            ports.referenceData(),
            createUser,
            ports.clock()),
        policy,
        new ValidateUserService(ports.unitOfWork(), createUser, updateUser),
        new NewUserService(ports.users(), policy, views),
        new SessionService(authentication, ports.sessions(), ports.clock()));
  }
}
