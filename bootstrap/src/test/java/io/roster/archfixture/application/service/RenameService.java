package io.roster.archfixture.application.service;

import io.roster.archfixture.application.port.in.RenameUseCase;

/** A use case's implementation, which adapters must not name. */
public final class RenameService implements RenameUseCase {
  @Override
  public String rename(int id, String name) {
    return id + ":" + name;
  }
}
