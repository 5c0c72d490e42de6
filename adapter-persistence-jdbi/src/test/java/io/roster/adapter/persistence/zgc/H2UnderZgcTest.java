package io.roster.adapter.persistence.zgc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent creates on H2 in a JVM running ZGC. H2 2.4.240 failed this test (in about a minute,
 * {@code MVStoreException: Position 0}: a child page read at position 0, a race inside H2's MVStore
 * that the code generated under ZGC let through); H2 2.5.252 passes it.
 */
class H2UnderZgcTest {
  private static final int USERS = 10_000;

  @TempDir Path directory;

  @Test
  void ten_thousand_concurrent_creates_under_zgc_all_succeed() throws Exception {
    Path log = directory.resolve("child.log");
    Process child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseZGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    ConcurrentCreator.class.getName(),
                    directory.resolve("data").toString(),
                    Integer.toString(USERS)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean ended = child.waitFor(4, TimeUnit.MINUTES);
    if (!ended) {
      child.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as("the creates ended within 4 minutes; output:\n" + output).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("created " + USERS);
  }
}
