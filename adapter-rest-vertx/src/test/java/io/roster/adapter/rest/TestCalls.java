package io.roster.adapter.rest;

import io.roster.adapter.rest.auth.AuthRoutes;
import io.roster.adapter.rest.superoffice.SuperOfficeRoutes;
import io.roster.adapter.rest.wello.WelloRoutes;
import io.roster.application.UseCases;

/** The use cases each group of routes is given, as the application wires them. */
public final class TestCalls {
  private TestCalls() {}

  public static RestServer.Calls of(UseCases useCases) {
    return new RestServer.Calls(
        new AuthRoutes.Calls(
            useCases.authenticate(), useCases.changePassword(), useCases.sessions()),
        new WelloRoutes.Calls(
            useCases.getUser(),
            useCases.findUsers(),
            useCases.createUser(),
            useCases.updateUser(),
            useCases.getSalesOrganization(),
            useCases.findSalesOrganizations(),
            useCases.createSalesOrganization(),
            useCases.updateSalesOrganization(),
            useCases.referenceData()),
        new SuperOfficeRoutes.Calls(
            useCases.getUser(),
            useCases.findUsers(),
            useCases.createUser(),
            useCases.updateUser(),
            useCases.archiveUser(),
            useCases.validateUser(),
            useCases.newUser()));
  }
}
