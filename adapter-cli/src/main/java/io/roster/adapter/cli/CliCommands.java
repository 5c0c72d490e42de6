package io.roster.adapter.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * The operators' commands ({@code users}, {@code import}, {@code export}, {@code admin}), added to
 * the {@code roster} command that bootstrap makes. Each command is given the {@link Cli} it runs
 * with when picocli makes it.
 */
public final class CliCommands {
  private CliCommands() {}

  /** Adds the commands to {@code root}; returns it. */
  public static CommandLine addTo(CommandLine root, Cli cli) {
    CommandLine.IFactory factory = new Factory(cli);
    for (Class<?> command :
        new Class<?>[] {
          UsersCommand.class, ImportCommand.class, ExportCommand.class, AdminCommand.class
        }) {
      root.addSubcommand(new CommandLine(command, factory));
    }
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }

  /** Makes the commands that need the {@link Cli} with it, anything else as picocli does. */
  private record Factory(Cli cli) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> constructor = type.getDeclaredConstructor(Cli.class);
        constructor.setAccessible(true);
        return constructor.newInstance(cli);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
