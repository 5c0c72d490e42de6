package io.roster.archfixture.adapter.rest;

import io.roster.archfixture.application.port.in.RenameUseCase;
import io.roster.archfixture.application.service.RenameService;

/** Breaks "adapters use the application through its ports": it builds the service it calls. */
public final class CallsTheService {
  private final RenameUseCase rename = new RenameService();

  public String put(int id, String name) {
    return rename.rename(id, name);
  }
}
