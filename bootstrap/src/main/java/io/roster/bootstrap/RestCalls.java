package io.roster.bootstrap;

import io.roster.adapter.rest.RestServer;
import io.roster.adapter.rest.auth.AuthRoutes;
import io.roster.adapter.rest.superoffice.SuperOfficeRoutes;
import io.roster.adapter.rest.wello.WelloRoutes;
import io.roster.application.UseCases;

/** Which use cases each group of HTTP routes is given. */
final class RestCalls {
  private RestCalls() {}

  static RestServer.Calls of(UseCases useCases) {
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
