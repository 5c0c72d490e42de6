package io.roster.adapter.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) handled by the command under way, so that it can finish the current rows and say
 * how far it came. Where the JVM does not let a program handle the signal, Ctrl-C stops the process
 * as usual.
 */
final class Signals {
  private Signals() {}

  static AutoCloseable onInterrupt(Runnable action) {
    Signal interrupt = new Signal("INT");
    SignalHandler previous;
    try {
      previous = Signal.handle(interrupt, signal -> action.run());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return () -> {};
    }
    return () -> Signal.handle(interrupt, previous);
  }
}
