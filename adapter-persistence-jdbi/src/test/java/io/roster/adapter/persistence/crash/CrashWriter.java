package io.roster.adapter.persistence.crash;

import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.adapter.persistence.PersistenceSettings;
import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.memory.FastPasswordHasher;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.domain.field.Draft;
import io.roster.domain.field.KeyScope;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * The child process of {@link H2CrashSafetyTest}: updates one user in the H2 file database in the
 * directory {@code args[0]} for ever and reports every update that returned, while {@value
 * #LOAD_THREADS} other threads update users of their own, so that its commits are grouped with
 * theirs (group commit is on, the default).
 *
 * <p>It prints {@code user <uuid>} once, then {@code ack <n>} after the update that gave the user
 * the last name {@code v<n>} and version {@code n + 1} has returned. Update {@code n} is one
 * use-case call, so one transaction: the user row, its custom field {@code udf1} and an audit
 * record. A later run on the same file carries on with the next number. With {@code args[1]} (a
 * number of seconds) it stops after that long and prints {@code rate <updates per second>} instead
 * of waiting to be killed.
 */
public final class CrashWriter {
  static final String ORGANIZATION_CODE = "CRASH";
  static final String USERNAME = "crash.writer";
  static final String UDF = "udf1";

  /** Threads updating users of their own meanwhile, unreported. */
  static final int LOAD_THREADS = 3;

  private CrashWriter() {}

  private static User findOrCreate(
      UseCases useCases,
      Ports ports,
      Principal actor,
      SalesOrganization organization,
      String username) {
    return ports
        .users()
        .findByUsername(username)
        .orElseGet(
            () ->
                useCases
                    .createUser()
                    .create(
                        new CreateUserCommand(
                            actor, null, Mother.minimalDraft(username, organization.id()).build()))
                    .after()
                    .user());
  }

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable failure) {
      // Exit at once: the pool's threads would keep a failed writer alive until the test times out.
      failure.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) {
    PrintStream out = System.out;
    Path directory = Path.of(args[0]);
    long stopAt =
        args.length > 1
            ? System.nanoTime() + (long) (Double.parseDouble(args[1]) * 1e9)
            : Long.MAX_VALUE;
    JdbiPersistence persistence = JdbiPersistence.start(PersistenceSettings.h2File(directory));
    Ports ports =
        new Ports(
            persistence.unitOfWork(),
            persistence.users(),
            persistence.salesOrganizations(),
            persistence.referenceData(),
            persistence.auditLog(),
            new FastPasswordHasher(),
            Clock.systemUTC(),
            persistence.sessions(),
            persistence.loginFailures());
    UseCases useCases = UseCases.over(ports);
    Principal actor = Principal.system();

    if (ports.salesOrganizations().findByCode(ORGANIZATION_CODE).isEmpty()) {
      useCases
          .createSalesOrganization()
          .create(
              new CreateSalesOrganizationCommand(
                  actor, null, Mother.organizationDraft(ORGANIZATION_CODE, "Crash test").build()));
    }
    SalesOrganization organization =
        ports.salesOrganizations().findByCode(ORGANIZATION_CODE).orElseThrow();
    User user = findOrCreate(useCases, ports, actor, organization, USERNAME);
    out.println("user " + user.id());
    out.flush();
    // Concurrent load on users of their own, so that the reported updates share group commits.
    for (int i = 0; i < LOAD_THREADS; i++) {
      User loaded = findOrCreate(useCases, ports, actor, organization, "crash.load" + i);
      Thread load =
          new Thread(
              () -> {
                for (long k = 0; ; k++) {
                  Draft<User> change =
                      Draft.<User>builder().set(UserFields.LASTNAME, "load" + k).build();
                  useCases
                      .updateUser()
                      .update(
                          new UpdateUserCommand(
                              actor, loaded.id(), null, Precondition.none(), change));
                }
              },
              "load-" + i);
      load.setDaemon(true);
      load.setUncaughtExceptionHandler(
          (thread, failure) -> {
            failure.printStackTrace();
            System.exit(1);
          });
      load.start();
    }

    long started = System.nanoTime();
    long first = user.lifecycle().version();
    long n = first;
    while (System.nanoTime() < stopAt) {
      String value = "v" + n;
      Draft<User> draft =
          Draft.<User>builder()
              .set(UserFields.LASTNAME, value)
              .put(
                  UserFields.CUSTOM_FIELDS,
                  new KeyedEntries<>(KeyScope.only(Set.of(UDF)), Map.of(UDF, value)))
              .build();
      User saved =
          useCases
              .updateUser()
              .update(new UpdateUserCommand(actor, user.id(), null, Precondition.none(), draft))
              .after()
              .user();
      if (saved.lifecycle().version() != n + 1) {
        throw new IllegalStateException(
            "update " + n + " saved version " + saved.lifecycle().version());
      }
      out.println("ack " + n);
      out.flush();
      n++;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf("rate %.0f%n", (n - first) / seconds);
    out.flush();
    persistence.close();
  }
}
