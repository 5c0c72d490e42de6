package io.roster.application.service;

/**
 * Another transaction did the same thing first (created the organization this one was about to
 * create). Running the use case again sees its result and goes on from there.
 */
public final class RaceLost extends RuntimeException {
  public RaceLost(RuntimeException cause) {
    super(cause.getMessage(), cause, false, false);
  }

  /** What the loser met, for when trying again does not help either. */
  public RuntimeException failure() {
    return (RuntimeException) getCause();
  }
}
