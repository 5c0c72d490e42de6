package io.roster.adapter.persistence.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.persistence.JdbiPersistence;
import io.roster.adapter.persistence.PersistenceSettings;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update Roster has answered survives the process being killed. A child JVM ({@link
 * CrashWriter}) updates one user in an H2 file, under concurrent updates of other users (group
 * commit on), and reports each update that returned; it is killed with SIGKILL after a random
 * number of them. The file must then open cleanly and hold every reported update, whole: user row,
 * custom field and audit record. The rounds share the file, so each one also reopens what the
 * earlier kills left behind.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class H2CrashSafetyTest {
  private static final int ROUNDS = 5;
  private static final int MIN_ACKS = 20;
  private static final int MAX_ACKS = 150;
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

  /** What a JVM on Linux reports for a process ended by signal 9. */
  private static final int KILLED_BY_SIGKILL = 128 + 9;

  @TempDir Path directory;

  @Test
  void every_acknowledged_update_is_there_after_kill_9_and_the_database_opens_cleanly()
      throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    UserId userId = null;
    long storedBefore = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      int wanted = MIN_ACKS + random.nextInt(MAX_ACKS - MIN_ACKS + 1);
      String context = "round " + round + " of seed " + seed + ", killed after " + wanted + " acks";
      Child child = Child.start(directory, "writer-" + round);
      Child.Outcome outcome;
      try {
        child.awaitAcks(wanted, ACK_TIMEOUT, context);
      } finally {
        outcome = child.kill();
      }
      assertThat(outcome.unexpected())
          .as(context + ": unexpected output; log:\n" + outcome.log())
          .isEmpty();
      assertThat(outcome.exitCode())
          .as(context + ": exit code of the killed writer")
          .isEqualTo(KILLED_BY_SIGKILL);
      assertThat(outcome.acks()).as(context + ": acks seen").isGreaterThanOrEqualTo(wanted);
      if (userId == null) {
        userId = outcome.user();
      }
      assertThat(outcome.user()).as(context + ": the same user every round").isEqualTo(userId);

      storedBefore = verifyReopened(userId, outcome.lastAck(), storedBefore, context);
    }
  }

  /** Opens the file as the server would, checks it, closes it; returns the stored version. */
  private long verifyReopened(UserId userId, long lastAck, long storedBefore, String context)
      throws SQLException {
    PersistenceSettings settings = PersistenceSettings.h2File(directory);
    try (JdbiPersistence persistence = JdbiPersistence.start(settings)) {
      assertThat(persistence.isReachable()).as(context + ": reachable").isTrue();
      assertThat(persistence.salesOrganizations().find(ListQuery.firstPage(10)).total())
          .as(context + ": organizations")
          .isEqualTo(1);
      assertThat(persistence.users().find(ListQuery.firstPage(10)).total())
          .as(context + ": users")
          .isEqualTo(1 + CrashWriter.LOAD_THREADS);

      User user = persistence.users().find(userId).orElseThrow();
      long version = user.lifecycle().version();
      long updates = version - 1;
      assertThat(updates)
          .as(context + ": updates stored, last acknowledged was " + lastAck)
          .isGreaterThanOrEqualTo(lastAck);
      assertThat(version)
          .as(context + ": stored version never goes back")
          .isGreaterThanOrEqualTo(storedBefore);
      assertThat(user.person().lastname()).as(context + ": last name").isEqualTo("v" + updates);
      assertThat(user.customFields().values())
          .as(context + ": custom field written with the last name")
          .containsEntry(CrashWriter.UDF, "v" + updates);

      List<AuditRecord> history = persistence.auditLog().history("User", userId.toString());
      assertThat(history)
          .as(context + ": audit records (create + one per update)")
          .hasSize((int) version);
      assertThat(history.get(0).action()).isEqualTo(AuditRecord.Action.CREATE);
      assertThat(history.get(history.size() - 1).changes())
          .as(context + ": the last audit record")
          .anySatisfy(
              change -> {
                assertThat(change.field()).isEqualTo("lastname");
                assertThat(change.after()).isEqualTo("v" + updates);
              });

      assertThat(readEverything(settings))
          .as(context + ": script lines of the whole database")
          .isPositive();
      return version;
    }
  }

  /** Reads every row of every table (H2's SCRIPT), so a damaged page anywhere would fail here. */
  private static int readEverything(PersistenceSettings settings) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement();
        ResultSet script = statement.executeQuery("script nopasswords nosettings")) {
      int lines = 0;
      while (script.next()) {
        script.getString(1);
        lines++;
      }
      return lines;
    }
  }

  /**
   * The writer JVM and what it has reported. Its standard output goes to a file, which keeps every
   * byte written before the kill; a pipe read while the process dies can fail with "Stream closed".
   */
  private static final class Child {
    private final Process process;
    private final Path output;
    private final Path log;
    private long read;
    private final StringBuilder pending = new StringBuilder();
    private final List<String> unexpected = new ArrayList<>();
    private UserId user;
    private long acks;
    private long lastAck = -1;

    private Child(Process process, Path output, Path log) {
      this.process = process;
      this.output = output;
      this.log = log;
    }

    static Child start(Path directory, String name) throws IOException {
      Path output = directory.resolve(name + ".out");
      Path log = directory.resolve(name + ".log");
      List<String> command =
          List.of(
              javaExecutable(),
              "-cp",
              System.getProperty("java.class.path"),
              // Quicker to start, and it leaves the other core to the test.
              "-XX:TieredStopAtLevel=1",
              "-XX:+UseSerialGC",
              "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
              CrashWriter.class.getName(),
              directory.toString());
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(output.toFile())
              .redirectError(log.toFile())
              .start();
      return new Child(process, output, log);
    }

    private static String javaExecutable() {
      return ProcessHandle.current()
          .info()
          .command()
          .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    void awaitAcks(int wanted, Duration timeout, String context)
        throws IOException, InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (readNewLines() < wanted) {
        if (!process.isAlive()) {
          readNewLines();
          throw new AssertionError(
              context
                  + ": the writer stopped after "
                  + acks
                  + " of "
                  + wanted
                  + " acks; its log:\n"
                  + logText());
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              context
                  + ": the writer acknowledged "
                  + acks
                  + " of "
                  + wanted
                  + " updates in "
                  + timeout
                  + "; its log:\n"
                  + logText());
        }
        Thread.sleep(1);
      }
    }

    /** Parses the lines completed since the last call; returns the acks seen so far. */
    private long readNewLines() throws IOException {
      try (FileChannel channel = FileChannel.open(output, StandardOpenOption.READ)) {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        int n;
        while ((n = channel.read(buffer, read)) > 0) {
          read += n;
          pending.append(new String(buffer.array(), 0, n, StandardCharsets.US_ASCII));
          buffer.clear();
        }
      }
      int end;
      while ((end = pending.indexOf("\n")) >= 0) {
        parse(pending.substring(0, end).trim());
        pending.delete(0, end + 1);
      }
      return acks;
    }

    private void parse(String line) {
      if (line.startsWith("user ") && user == null) {
        user = UserId.parse(line.substring(5));
      } else if (line.startsWith("ack ") && Long.parseLong(line.substring(4)) > lastAck) {
        lastAck = Long.parseLong(line.substring(4));
        acks++;
      } else {
        unexpected.add(line);
      }
    }

    /**
     * SIGKILL (destroyForcibly on Linux; the exit code is checked), then everything it printed
     * before it died. A line the kill cut short has no line end and is not counted.
     */
    Outcome kill() throws IOException, InterruptedException {
      process.destroyForcibly();
      if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(
            "the writer " + process.pid() + " did not die within " + EXIT_TIMEOUT);
      }
      readNewLines();
      return new Outcome(
          process.exitValue(), user, acks, lastAck, List.copyOf(unexpected), logText());
    }

    private String logText() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        return "(unreadable: " + e + ")";
      }
    }

    record Outcome(
        int exitCode, UserId user, long acks, long lastAck, List<String> unexpected, String log) {}
  }
}
