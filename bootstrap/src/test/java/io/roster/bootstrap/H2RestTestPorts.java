package io.roster.bootstrap;

import io.roster.adapter.persistence.TestDatabase;
import io.roster.adapter.rest.TestPorts;
import io.roster.application.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs the REST adapter's HTTP tests (scanned from its test-jar) on an H2 file database, as Roster
 * is wired: one database for the run, emptied for each test server.
 */
public final class H2RestTestPorts implements TestPorts.Factory {
  private static final TestDatabase DATABASE = open();

  private static TestDatabase open() {
    try {
      TestDatabase database = TestDatabase.h2(Files.createTempDirectory("roster-rest-tests"));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      database.close();
                    } catch (Exception e) {
                      // the JVM is ending anyway
                    }
                  }));
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Ports create() {
    return DATABASE.emptyPorts(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000)));
  }
}
