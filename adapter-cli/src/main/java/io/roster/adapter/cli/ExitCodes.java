package io.roster.adapter.cli;

/** What a command's exit code says; the README lists them. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Done, every row included. */
  public static final int OK = 0;

  /** Something asked could not be done: a row failed, no such user, a field error. */
  public static final int FAILED = 1;

  /** The command line or a setting is wrong; nothing was done. */
  public static final int USAGE = 2;

  /** The database cannot be reached, or another process holds the embedded one. */
  public static final int STORE_UNAVAILABLE = 3;

  /** Stopped by Ctrl-C (after the rows under way), as shells count a SIGINT. */
  public static final int INTERRUPTED = 130;
}
