package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.persistence.PersistenceSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on the embedded database, a file under the data directory. */
class H2CommandLineTest extends CommandLineContract {
  @TempDir Path dataDirectories;

  @Override
  protected Map<String, String> emptyDirectory() {
    return Map.of(
        "ROSTER_DATA_DIR", dataDirectories.resolve(UUID.randomUUID().toString()).toString());
  }

  @Test
  void a_database_another_process_holds_is_said_so_in_one_line() throws Exception {
    Path data = Path.of(directory.get("ROSTER_DATA_DIR"));
    roster("users", "list");
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldsTheDatabase.class.getName(),
                PersistenceSettings.h2File(data).jdbcUrl())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader output =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(output.readLine()).isEqualTo(HoldsTheDatabase.READY);

      Ran list = roster("users", "list");

      assertThat(list.code()).isEqualTo(3);
      assertThat(list.errLines()).hasSize(1);
      assertThat(list.err())
          .contains("is open in another process")
          .contains("roster serve")
          .contains("ROSTER_DB_URL=jdbc:postgresql:");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
    assertThat(roster("users", "list").code()).isZero();
  }
}
