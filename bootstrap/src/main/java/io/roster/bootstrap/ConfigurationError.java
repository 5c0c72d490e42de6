package io.roster.bootstrap;

/** A setting that cannot be used; its message is the one line printed before Roster stops. */
public final class ConfigurationError extends RuntimeException {
  public ConfigurationError(String message) {
    super(message, null, false, false);
  }
}
