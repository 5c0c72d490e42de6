package io.roster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.adapter.cli.Cli;
import io.roster.adapter.persistence.JdbiPersistence;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command end to end, as {@code java -jar roster.jar ...} runs it (the same {@code roster}
 * command line, the same settings, the real database), its output captured. Each test starts on an
 * empty directory of its own; the subclasses say which database.
 */
abstract class CommandLineContract {
  /** The settings (ROSTER_* variables) of a new, empty directory. */
  protected abstract Map<String, String> emptyDirectory();

  @TempDir Path files;

  /** The directory each test works on. */
  Map<String, String> directory;

  @BeforeEach
  void startEmpty() {
    directory = emptyDirectory();
  }

  static final String ANN_ID = "6f1c1a52-2f43-4f0e-9a39-3c1a2b4d5e60";

  /** Three valid rows, two that are not: one breaks three rules, one is no JSON at all. */
  static final String MIXED =
      String.join(
          "\n",
          "{\"id\":\""
              + ANN_ID
              + "\",\"username\":\"ann@example.com\",\"firstname\":\"Ann\",\"lastname\":\"Smith\","
              + "\"email\":\"ann@example.com\",\"is_team_leader\":true,"
              + "\"sales_organization\":{\"code\":\"OSL\",\"name\":\"Oslo office\"}}",
          "{\"username\":\"bob@example.com\",\"firstname\":\"Bob\",\"lastname\":\"Jones\","
              + "\"email\":\"bob@example.com\",\"sales_organization_code\":\"OSL\","
              + "\"allow_sales_app\":true,\"udf3\":\"blue\"}",
          "{\"username\":\"carl@example.com\",\"firstname\":\"Carl\",\"email\":\"not-an-address\","
              + "\"birthdate\":\"1990-13-01\","
              + "\"sales_organization\":{\"code\":\"GHOST\",\"name\":\"Never made\"}}",
          "not json",
          "{\"username\":\"dora@example.com\",\"lastname\":\"Berg\",\"email\":\"dora@example.com\","
              + "\"sales_organization_code\":\"OSL\",\"private_db_country_code\":\"NO\","
              + "\"birthdate\":\"1985-04-12\",\"team_leader_user_id\":\""
              + ANN_ID
              + "\"}",
          "");

  static final String OSLO = "\"sales_organization\":{\"code\":\"OSL\",\"name\":\"Oslo office\"}";

  record Ran(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  Ran roster(String... args) {
    return roster(directory, "", args);
  }

  Ran rosterWithInput(String input, String... args) {
    return roster(directory, input, args);
  }

  static Ran roster(Map<String, String> directory, String input, String... args) {
    return roster(directory, new ByteArrayInputStream(bytes(input)), action -> () -> {}, args);
  }

  /** The command line as main runs it, on {@code directory}, reading {@code in}. */
  static Ran roster(
      Map<String, String> directory, InputStream in, Cli.Interrupts interrupts, String... args) {
    Cli cli = new Cli(new CliDirectory(directory), in, prompt -> null, false, interrupts, "tester");
    CommandLine roster = Roster.commandLine(cli);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    roster.setOut(new PrintWriter(out, true));
    roster.setErr(new PrintWriter(err, true));
    int code = roster.execute(args);
    return new Ran(code, out.toString(), err.toString());
  }

  Path file(String name, String content) throws Exception {
    Path file = files.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Runs {@code check} on the use cases over {@code directory}, as the server would. */
  static <T> T withUseCases(
      Map<String, String> directory, Function<io.roster.application.UseCases, T> check) {
    Settings settings = Settings.load(directory, null);
    try (JdbiPersistence persistence = JdbiPersistence.start(settings.persistence())) {
      return check.apply(RosterApp.useCasesOver(persistence));
    }
  }

  static boolean logsOn(Map<String, String> directory, String username, String password) {
    return withUseCases(
        directory,
        useCases -> {
          try {
            useCases.authenticate().authenticate(username, password, "test");
            return true;
          } catch (RuntimeException e) {
            return false;
          }
        });
  }

  // users

  @Test
  void an_empty_directory_lists_no_users() {
    Ran list = roster("users", "list");

    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out()).contains("USERNAME").contains("0 users");
  }

  @Test
  void users_are_listed_shown_changed_archived_and_brought_back() throws Exception {
    roster("import", file("users.jsonl", MIXED).toString());

    Ran table = roster("users", "list");
    assertThat(table.code()).isZero();
    assertThat(table.out())
        .contains("ann@example.com", "bob@example.com", "dora@example.com", "3 users")
        .doesNotContain("carl");

    Ran get = roster("users", "get", "bob@example.com");
    assertThat(get.code()).as(get.err()).isZero();
    assertThat(get.out())
        .containsPattern("firstname +Bob")
        .containsPattern("allow_sales_app +true")
        .containsPattern("udf3 +blue")
        .containsPattern("sales_organization.code +OSL");
    Ran byId = roster("users", "get", ANN_ID, "--json");
    assertThat(byId.out()).contains("\"username\" : \"ann@example.com\"");

    Ran set =
        roster(
            "users", "set", "BOB@example.com", "firstname=Robert", "mobile=+4790000000", "udf3=");
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out()).contains("bob@example.com: changed firstname, mobile, udf3");
    assertThat(roster("users", "get", "bob@example.com").out())
        .containsPattern("firstname +Robert")
        .containsPattern("mobile +\\+4790000000")
        .doesNotContain("udf3");

    Ran invalid = roster("users", "set", "bob@example.com", "email=nope", "lastname=");
    assertThat(invalid.code()).isEqualTo(1);
    assertThat(invalid.errLines())
        .containsExactlyInAnyOrder(
            "roster: email: is not a well-formed e-mail address", "roster: lastname: is required");
    assertThat(roster("users", "get", "bob@example.com").out()).containsPattern("lastname +Jones");

    Ran archive = roster("users", "archive", "dora@example.com");
    assertThat(archive.out()).contains("dora@example.com: archived");
    assertThat(roster("users", "list").out()).doesNotContain("dora").contains("2 users");
    assertThat(roster("users", "list", "--archived").out()).contains("dora").contains("archived");
    assertThat(roster("users", "archive", "dora@example.com").out()).contains("already");

    Ran unarchive = roster("users", "unarchive", "dora@example.com");
    assertThat(unarchive.out()).contains("dora@example.com: unarchived");
    assertThat(roster("users", "list").out()).contains("dora").contains("3 users");
  }

  @Test
  void lists_are_filtered_and_given_as_json_or_csv() throws Exception {
    roster("import", file("users.jsonl", MIXED).toString());

    assertThat(roster("users", "list", "--filter", "username=b*").out())
        .contains("bob@example.com")
        .doesNotContain("ann@");
    assertThat(roster("users", "list", "--filter", "lastname=*MIT*").out())
        .contains("ann@example.com")
        .contains("1 user");
    assertThat(roster("users", "list", "--filter", "is_team_leader=true").out())
        .contains("ann@example.com")
        .contains("1 user");
    Ran json = roster("users", "list", "--format", "json", "--limit", "2");
    assertThat(json.out()).startsWith("[").contains("ann@example.com", "bob@example.com");
    assertThat(json.out()).doesNotContain("dora");
    Ran csv = roster("users", "list", "--format", "csv");
    assertThat(csv.out().lines()).hasSize(4).first().asString().startsWith("id,username,");

    Ran bad = roster("users", "list", "--filter", "notes=x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("cannot filter on 'notes'");
  }

  @Test
  void an_unknown_user_is_said_so() {
    Ran get = roster("users", "get", "nobody@example.com");

    assertThat(get.code()).isEqualTo(1);
    assertThat(get.err().strip()).isEqualTo("roster: User nobody@example.com does not exist");
  }

  @Test
  void a_password_is_set_from_standard_input() throws Exception {
    roster("import", file("users.jsonl", MIXED).toString());

    Ran set =
        rosterWithInput(
            "a new secret\n", "users", "set-password", "ann@example.com", "--password-stdin");

    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out()).contains("ann@example.com: password set").doesNotContain("secret");
    assertThat(logsOn(directory, "ann@example.com", "a new secret")).isTrue();
    Ran tooShort =
        rosterWithInput("short\n", "users", "set-password", "ann@example.com", "--password-stdin");
    assertThat(tooShort.code()).isEqualTo(2);
    Ran noTerminal = roster("users", "set-password", "ann@example.com");
    assertThat(noTerminal.code()).isEqualTo(2);
    assertThat(noTerminal.err()).contains("--password-stdin");
  }

  // admin

  @Test
  void reset_password_makes_the_administrator_then_gives_them_a_new_password() {
    Pattern printed = Pattern.compile("password (\\S+) \\(shown only this once");

    Ran first = roster("admin", "reset-password");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Created the administrator 'admin'");
    Matcher created = printed.matcher(first.out());
    assertThat(created.find()).isTrue();

    Ran again = roster("admin", "reset-password");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("The administrator 'admin' has the new password");
    Matcher reset = printed.matcher(again.out());
    assertThat(reset.find()).isTrue();
    assertThat(reset.group(1)).isNotEqualTo(created.group(1)).hasSize(20);

    assertThat(logsOn(directory, "admin", reset.group(1))).isTrue();
    assertThat(logsOn(directory, "admin", created.group(1))).isFalse();
  }

  @Test
  void reset_password_is_for_administrators_only() throws Exception {
    roster("admin", "reset-password");
    roster("import", file("users.jsonl", MIXED).toString());

    Ran notAdmin = roster("admin", "reset-password", "--username", "bob@example.com");
    assertThat(notAdmin.code()).isEqualTo(1);
    assertThat(notAdmin.err()).contains("not an administrator");
    Ran nobody = roster("admin", "reset-password", "--username", "nobody");
    assertThat(nobody.code()).isEqualTo(1);
    assertThat(nobody.err()).contains("--username");
  }

  // import

  @Test
  void import_creates_the_valid_rows_and_reports_every_error_of_the_others() throws Exception {
    Ran run = roster("import", file("users.jsonl", MIXED).toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().strip()).isEqualTo("created 3, updated 0, unchanged 0, failed 2");
    assertThat(run.errLines())
        .containsExactly(
            "line 3: birthdate: is not a date (yyyy-MM-dd)",
            "line 3: lastname: is required",
            "line 3: email: is not a well-formed e-mail address",
            "line 4: is not JSON: Unrecognized token 'not': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void import_refuses_text_xml_cannot_carry_naming_each_column() throws Exception {
    Ran run =
        roster(
            "import",
            file(
                    "control.jsonl",
                    "{\"username\":\"nul@example.com\",\"firstname\":\"N\\u0000l\","
                        + "\"lastname\":\"Nul\",\"email\":\"nul@example.com\",\"udf1\":\"bell\\u0007\","
                        + OSLO
                        + "}\n")
                .toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().strip()).isEqualTo("created 0, updated 0, unchanged 0, failed 1");
    assertThat(run.errLines())
        .containsExactlyInAnyOrder(
            "line 1: firstname: must not contain the character U+0000",
            "line 1: udf1: must not contain the character U+0007");
    assertThat(roster("users", "list", "--archived").out()).doesNotContain("nul@example.com");
  }

  @Test
  void a_failed_row_leaves_no_trace_not_even_its_embedded_organization() throws Exception {
    roster("import", file("users.jsonl", MIXED).toString());

    Ran ghost =
        roster(
            "import",
            file(
                    "ghost.jsonl",
                    "{\"username\":\"eve@example.com\",\"lastname\":\"Eve\","
                        + "\"email\":\"eve@example.com\",\"sales_organization_code\":\"GHOST\"}\n")
                .toString());

    assertThat(ghost.code()).isEqualTo(1);
    assertThat(ghost.err())
        .contains("line 1: sales_organization: names no existing sales organization (code GHOST)");
    assertThat(roster("users", "list", "--archived").out()).doesNotContain("carl");
  }

  @Test
  void a_dry_run_checks_every_row_and_saves_nothing() throws Exception {
    // A dry run checks each row against the directory as it is, so here every row gives its
    // organization in full; Dora's team leader, whom the first row would make, is not there.
    String rows =
        MIXED
            .lines()
            .map(line -> line.replace("\"sales_organization_code\":\"OSL\"", OSLO))
            .collect(java.util.stream.Collectors.joining("\n"));

    Ran run = roster("import", "--dry-run", file("users.jsonl", rows).toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "dry run, nothing saved: would be created 2, would be updated 0, unchanged 0,"
                + " failed 3\n");
    assertThat(run.err()).contains("line 5: team_leader_user_id:");
    assertThat(run.err()).contains("line 3: lastname: is required");
    assertThat(roster("users", "list", "--archived").out()).contains("0 users");
  }

  @Test
  void with_update_a_row_matching_a_user_updates_it_or_changes_nothing() throws Exception {
    roster("import", file("users.jsonl", MIXED).toString());

    Ran same = roster("import", "--update", file("users.jsonl", MIXED).toString());
    assertThat(same.out().strip()).isEqualTo("created 0, updated 0, unchanged 3, failed 2");

    Ran changed =
        roster(
            "import",
            "--update",
            file(
                    "change.csv",
                    "username,mobile,allow_hero_app\n"
                        + "bob@example.com,+4791111111,true\n"
                        + "new@example.com,,\n")
                .toString());
    assertThat(changed.out().strip()).isEqualTo("created 0, updated 1, unchanged 0, failed 1");
    assertThat(changed.err()).contains("line 3: lastname: is required");
    assertThat(roster("users", "get", "bob@example.com").out())
        .containsPattern("mobile +\\+4791111111")
        .containsPattern("allow_hero_app +true")
        .containsPattern("allow_sales_app +true")
        .containsPattern("lastname +Jones");

    Ran duplicate = roster("import", file("users.jsonl", MIXED).toString());
    assertThat(duplicate.out().strip()).isEqualTo("created 0, updated 0, unchanged 0, failed 5");
    assertThat(duplicate.err()).contains("line 2: username: 'bob@example.com' is already taken");
  }

  @Test
  void csv_files_are_read_with_their_header() throws Exception {
    Path csv =
        file(
            "users.csv",
            "username,lastname,email,sales_organization.code,sales_organization.name,udf1\n"
                + "ann@example.com,Smith,ann@example.com,OSL,Oslo office,\"one, two\"\n"
                + "bob@example.com,,bob@example.com,OSL,Oslo office,\n");

    Ran run = roster("import", csv.toString());

    assertThat(run.out().strip()).isEqualTo("created 1, updated 0, unchanged 0, failed 1");
    assertThat(run.errLines()).containsExactly("line 3: lastname: is required");
    assertThat(roster("users", "get", "ann@example.com").out()).containsPattern("udf1 +one, two");

    Ran unknown = roster("import", file("typo.csv", "usrname,lastname\nx,y\n").toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().strip()).isEqualTo("roster: unknown column usrname");
  }

  @Test
  void import_reads_standard_input() {
    Ran run =
        rosterWithInput(
            "{\"username\":\"ann@example.com\",\"lastname\":\"Smith\",\"email\":\"ann@example.com\","
                + "\"sales_organization\":{\"code\":\"OSL\",\"name\":\"Oslo\"}}\n",
            "import",
            "-");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("created 1, updated 0, unchanged 0, failed 0");
  }

  @Test
  void ctrl_c_stops_after_the_rows_under_way_with_the_counts_so_far() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      rows.append("{\"username\":\"user")
          .append(i)
          .append("@example.com\",\"lastname\":\"L\",\"email\":\"u")
          .append(i)
          .append("@example.com\",\"sales_organization\":{\"code\":\"OSL\",\"name\":\"Oslo\"}}\n");
    }
    AtomicReference<Runnable> interrupt = new AtomicReference<>(() -> {});
    // Ctrl-C arrives as the reader asks for the second part of the input.
    InputStream in =
        new ByteArrayInputStream(bytes(rows.toString())) {
          private int reads;

          @Override
          public synchronized int available() {
            // One read at a time, so that the second comes once the first part is imported.
            return 0;
          }

          @Override
          public synchronized int read(byte[] b, int off, int len) {
            if (++reads == 2) {
              interrupt.get().run();
            }
            return super.read(b, off, Math.min(len, 4096));
          }
        };

    Ran run =
        roster(
            directory,
            in,
            action -> {
              interrupt.set(action);
              return () -> interrupt.set(() -> {});
            },
            "import",
            "-");

    assertThat(run.code()).isEqualTo(130);
    assertThat(run.err()).contains("stopped after");
    Matcher created = Pattern.compile("created (\\d+),").matcher(run.out());
    assertThat(created.find()).as(run.out()).isTrue();
    int count = Integer.parseInt(created.group(1));
    assertThat(count).as(run.out()).isBetween(2, 399);
    assertThat(roster("users", "list").out()).contains(count + (count == 1 ? " user\n" : " users"));
    assertThat(run.out()).contains("failed 0");
  }

  // export

  @Test
  void export_then_import_into_an_empty_directory_then_export_gives_the_same_file()
      throws Exception {
    roster("import", file("users.jsonl", MIXED).toString());
    roster("users", "set", "bob@example.com", "birthdate=1970-01-31", "udf100=last", "code=B-1");
    roster("users", "archive", "bob@example.com");

    for (String format : List.of("jsonl", "csv")) {
      Ran first = roster("export", "--include-archived", "--format", format);
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.err()).contains("exported 3 users");
      assertThat(first.out()).contains("B-1", "last", "1970-01-31", "Oslo office");

      Map<String, String> empty = emptyDirectory();
      Ran load = roster(empty, "", "import", file("export." + format, first.out()).toString());
      assertThat(load.code()).as(load.err()).isZero();
      assertThat(load.out().strip()).isEqualTo("created 3, updated 0, unchanged 0, failed 0");

      Ran second = roster(empty, "", "export", "--include-archived", "--format", format);
      assertThat(second.out()).isEqualTo(first.out());
    }
  }

  @Test
  void export_leaves_archived_users_out_unless_asked() throws Exception {
    roster("import", file("users.jsonl", MIXED).toString());
    roster("users", "archive", "bob@example.com");

    Ran export = roster("export");

    assertThat(export.out().lines()).hasSize(2);
    assertThat(export.out()).doesNotContain("bob@");
  }

  // the command line itself

  @Test
  void every_command_has_help() {
    List<String> paths = new ArrayList<>();
    collect(
        Roster.commandLine(
            new Cli(
                new CliDirectory(directory),
                InputStream.nullInputStream(),
                p -> null,
                false,
                a -> () -> {},
                "tester")),
        List.of(),
        paths);

    assertThat(paths)
        .contains(
            "users list",
            "users get",
            "users set",
            "users archive",
            "users unarchive",
            "users set-password",
            "import",
            "export",
            "admin reset-password");
    for (String path : paths) {
      List<String> args = new ArrayList<>(List.of(path.split(" ")));
      args.add("--help");
      Ran help = roster(args.toArray(String[]::new));
      assertThat(help.code()).as(path).isZero();
      assertThat(help.out()).as(path).startsWith("Usage: roster " + path);
    }
  }

  private static void collect(CommandLine command, List<String> path, List<String> paths) {
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> here = new ArrayList<>(path);
              here.add(name);
              paths.add(String.join(" ", here));
              collect(sub, here, paths);
            });
  }

  @Test
  void shell_completion_is_generated_for_every_command() {
    Ran completion = roster("generate-completion");

    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F", "reset-password", "set-password");
  }

  @Test
  void bad_usage_and_bad_settings_exit_with_2() throws Exception {
    assertThat(roster("users", "frobnicate").code()).isEqualTo(2);
    assertThat(roster("users", "list", "--format", "xml").code()).isEqualTo(2);

    Ran config =
        roster(
            "users",
            "list",
            "--config",
            file("roster.properties", "ROSTER_TOKEN_LIFETIME=x\n").toString());
    assertThat(config.code()).isEqualTo(2);
    assertThat(config.err().strip()).isEqualTo("roster: ROSTER_TOKEN_LIFETIME=x: is not a number");
    Ran typo =
        roster("export", "--config", file("typo.properties", "ROSTER_DB_POLL_SIZE=4\n").toString());
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown setting ROSTER_DB_POLL_SIZE");

    Map<String, String> bad = new java.util.HashMap<>(directory);
    bad.put("ROSTER_DB_POOL_SIZE", "1");
    Ran run = roster(bad, "", "users", "list");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("roster: ROSTER_DB_POOL_SIZE=1: must be between 2 and 1000");
  }
}
