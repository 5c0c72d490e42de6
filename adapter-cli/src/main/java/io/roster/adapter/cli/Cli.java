package io.roster.adapter.cli;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.auth.FirstAdministratorUseCase;
import io.roster.application.port.in.user.ArchiveUserUseCase;
import io.roster.application.port.in.user.CreateUserUseCase;
import io.roster.application.port.in.user.FindUsersUseCase;
import io.roster.application.port.in.user.GetUserUseCase;
import io.roster.application.port.in.user.UpdateUserUseCase;
import io.roster.application.port.in.user.ValidateUserUseCase;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the commands run with: a way to open the directory the settings name, standard input, the
 * terminal (when there is one) and Ctrl-C. Bootstrap makes one; tests make their own.
 *
 * <p>Every command acts as {@link #operator()}: an administrator that is no user of the directory
 * (like Roster itself at start-up), named {@code cli:<login name>} in the audit log. Whoever can
 * run the commands can read the database settings, and so could change the database directly; the
 * commands at least go through every rule of the model and leave an audit trail.
 */
public final class Cli {

  /** The use cases the commands call, and nothing else. */
  public record Calls(
      GetUserUseCase getUser,
      FindUsersUseCase findUsers,
      CreateUserUseCase createUser,
      UpdateUserUseCase updateUser,
      ArchiveUserUseCase archiveUser,
      ValidateUserUseCase validateUser,
      FirstAdministratorUseCase firstAdministrator) {
    public Calls {
      Objects.requireNonNull(getUser, "getUser");
      Objects.requireNonNull(findUsers, "findUsers");
      Objects.requireNonNull(createUser, "createUser");
      Objects.requireNonNull(updateUser, "updateUser");
      Objects.requireNonNull(archiveUser, "archiveUser");
      Objects.requireNonNull(validateUser, "validateUser");
      Objects.requireNonNull(firstAdministrator, "firstAdministrator");
    }
  }

  /** The directory, opened for one command; closing it lets the database go. */
  public interface Session extends AutoCloseable {
    Calls calls();

    /** How many use cases may run at once (the connection pool's size). */
    int parallelism();

    /** The administrator's user name ({@code ROSTER_ADMIN_USERNAME}). */
    String administrator();

    /** A new password nobody chose, made as the first administrator's is on first start. */
    String randomPassword();

    @Override
    void close();
  }

  /** Opens the directory that the {@code ROSTER_*} settings (and the file, when given) name. */
  @FunctionalInterface
  public interface Opener {
    /**
     * @throws CliFailure with {@link ExitCodes#USAGE} when a setting cannot be used, {@link
     *     ExitCodes#STORE_UNAVAILABLE} when the database cannot be opened
     */
    Session open(Path configFile);
  }

  /** Runs an action on Ctrl-C instead of stopping the process, until closed. */
  @FunctionalInterface
  public interface Interrupts {
    AutoCloseable onInterrupt(Runnable action);
  }

  /** Reads a password from the terminal without echoing it; null when there is no terminal. */
  @FunctionalInterface
  public interface PasswordPrompt {
    char[] read(String prompt);
  }

  private final Opener opener;
  private final InputStream in;
  private final PasswordPrompt prompt;
  private final boolean terminal;
  private final Interrupts interrupts;
  private final Principal operator;

  public Cli(
      Opener opener,
      InputStream in,
      PasswordPrompt prompt,
      boolean terminal,
      Interrupts interrupts,
      String operatorName) {
    this.opener = Objects.requireNonNull(opener, "opener");
    this.in = Objects.requireNonNull(in, "in");
    this.prompt = Objects.requireNonNull(prompt, "prompt");
    this.terminal = terminal;
    this.interrupts = Objects.requireNonNull(interrupts, "interrupts");
    this.operator = new Principal("cli:" + operatorName, null, Role.ADMINISTRATOR, false);
  }

  /**
   * The commands on this process: standard input, the console (a terminal when {@link
   * System#console()} has one) and Ctrl-C as the operating system sends it.
   */
  public static Cli ofProcess(Opener opener) {
    return new Cli(
        opener,
        System.in,
        text -> System.console() == null ? null : System.console().readPassword("%s", text),
        System.console() != null,
        Signals::onInterrupt,
        System.getProperty("user.name", "unknown"));
  }

  Session open(Path configFile) {
    return opener.open(configFile);
  }

  InputStream in() {
    return in;
  }

  PasswordPrompt prompt() {
    return prompt;
  }

  /** True when a person watches: progress is drawn as a bar rather than written as lines. */
  boolean terminal() {
    return terminal;
  }

  Interrupts interrupts() {
    return interrupts;
  }

  /** Who every command acts as. */
  Principal operator() {
    return operator;
  }
}
