package io.roster.adapter.persistence.zgc;

import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.adapter.persistence.PersistenceSettings;
import io.roster.application.Ports;
import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.memory.FastPasswordHasher;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.salesorg.CreateSalesOrganizationCommand;
import io.roster.application.port.in.user.CreateUserCommand;
import io.roster.domain.field.KeyedEntries;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.user.UserFields;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The child process of {@link H2UnderZgcTest}: {@code args[1]} users created by 16 threads at once,
 * each with the 100 free custom fields,, through the use cases, in a new H2 file database in the
 * directory {@code args[0]}; prints {@code created <n>} and exits 0, or prints the first failure
 * and exits 1.
 */
public final class ConcurrentCreator {
  private static final int THREADS = 16;

  private ConcurrentCreator() {}

  /** udf1..udf100, as the Wello seed's sample user has them: 100 rows of a child table per user. */
  private static Map<String, String> customFields(String username) {
    Map<String, String> values = new java.util.HashMap<>();
    for (int i = 1; i <= 100; i++) {
      values.put("udf" + i, "value " + i + " of " + username);
    }
    return values;
  }

  public static void main(String[] args) throws Exception {
    int users = Integer.parseInt(args[1]);
    // A connection for each thread, as Roster has one for each use-case worker.
    PersistenceSettings settings =
        PersistenceSettings.h2File(Path.of(args[0])).withPoolSize(THREADS);
    try (JdbiPersistence persistence = JdbiPersistence.start(settings)) {
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
      SalesOrganization organization =
          useCases
              .createSalesOrganization()
              .create(
                  new CreateSalesOrganizationCommand(
                      Principal.system(), null, Mother.organizationDraft("ZGC", "ZGC").build()))
              .after();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> created = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        String username = "user" + i + "@zgc.test";
        created.add(
            threads.submit(
                () ->
                    useCases
                        .createUser()
                        .create(
                            new CreateUserCommand(
                                Principal.system(),
                                null,
                                Mother.minimalDraft(username, organization.id())
                                    .set(UserFields.FIRSTNAME, "First " + username)
                                    .set(UserFields.NOTES, "Notes of " + username)
                                    .put(
                                        UserFields.CUSTOM_FIELDS,
                                        KeyedEntries.all(customFields(username)))
                                    .build()))));
      }
      for (Future<?> future : created) {
        future.get();
      }
      threads.shutdown();
      System.out.println("created " + users);
    } catch (Throwable failure) {
      failure.printStackTrace();
      System.exit(1);
    }
  }
}
