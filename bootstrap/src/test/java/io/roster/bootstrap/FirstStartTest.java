package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start of an empty installation: an administrator, and a token key kept for later. */
class FirstStartTest {
  private static final Pattern PRINTED =
      Pattern.compile("Created the administrator 'admin' with the password (\\S+) ");

  @TempDir Path data;

  @Test
  void the_first_start_makes_an_administrator_with_a_random_password_printed_once()
      throws Exception {
    Settings settings =
        Settings.load(Map.of("ROSTER_HTTP_PORT", "0", "ROSTER_DATA_DIR", data.toString()), null);

    String first = standardOutputOf(settings);
    Matcher printed = PRINTED.matcher(first);
    assertThat(printed.find()).as(first).isTrue();
    String password = printed.group(1);
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);

    String second = standardOutputOf(settings);
    assertThat(second).doesNotContain("Created the administrator").doesNotContain(password);

    try (RosterApp app = RosterApp.start(settings, false)) {
      assertThat(
              app.useCases().authenticate().authenticate("admin", password, "test").role().code())
          .isEqualTo("administrator");
    }
  }

  @Test
  void the_token_key_is_made_once_readable_by_its_owner_only_and_kept() throws Exception {
    byte[] key = TokenKey.resolve(null, data);
    Path file = data.resolve(TokenKey.FILE);

    assertThat(key).hasSize(32);
    assertThat(TokenKey.resolve(null, data)).isEqualTo(key);
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(TokenKey.resolve("a configured key of at least 32 chars", data))
        .isEqualTo("a configured key of at least 32 chars".getBytes(StandardCharsets.UTF_8));
  }

  /** Starts and stops Roster, returning what it printed on standard output. */
  private static String standardOutputOf(Settings settings) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (RosterApp app = RosterApp.start(settings, false)) {
      return captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(original);
    }
  }
}
