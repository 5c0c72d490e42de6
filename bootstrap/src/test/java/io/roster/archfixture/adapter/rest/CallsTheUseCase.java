package io.roster.archfixture.adapter.rest;

import io.roster.archfixture.application.port.in.RenameUseCase;

/** Keeps the ports rule: it is given the use case it calls. */
public final class CallsTheUseCase {
  private final RenameUseCase rename;

  public CallsTheUseCase(RenameUseCase rename) {
    this.rename = rename;
  }

  public String put(int id, String name) {
    return rename.rename(id, name);
  }
}
