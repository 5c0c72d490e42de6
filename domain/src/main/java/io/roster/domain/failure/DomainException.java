package io.roster.domain.failure;

/** A rule of the model was not met. Subclasses carry the data a caller needs to answer well. */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message, null, false, false);
  }
}
