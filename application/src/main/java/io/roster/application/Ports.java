package io.roster.application;

import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.LoginFailures;
import io.roster.application.port.out.PasswordHasher;
import io.roster.application.port.out.ReferenceData;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.application.port.out.SessionStore;
import io.roster.application.port.out.UnitOfWork;
import io.roster.application.port.out.UserRepository;
import java.time.InstantSource;
import java.util.Objects;

/** Every port out the use cases need; an adapter set (in memory, Jdbi) provides one of each. */
public record Ports(
    UnitOfWork unitOfWork,
    UserRepository users,
    SalesOrganizationRepository salesOrganizations,
    ReferenceData referenceData,
    AuditLog auditLog,
    PasswordHasher passwordHasher,
    InstantSource clock,
    SessionStore sessions,
    LoginFailures loginFailures) {
  public Ports {
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(salesOrganizations, "salesOrganizations");
    Objects.requireNonNull(referenceData, "referenceData");
    Objects.requireNonNull(auditLog, "auditLog");
    Objects.requireNonNull(passwordHasher, "passwordHasher");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(loginFailures, "loginFailures");
  }
}
