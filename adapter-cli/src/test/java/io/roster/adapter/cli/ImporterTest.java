package io.roster.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.application.UseCases;
import io.roster.application.fixtures.Mother;
import io.roster.application.memory.InMemoryPorts;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The import's rows in order, over the use cases in memory. */
class ImporterTest {
  private final UseCases useCases =
      UseCases.over(InMemoryPorts.create(Clock.fixed(Mother.T0, ZoneOffset.UTC)));
  private final Cli.Calls calls =
      new Cli.Calls(
          useCases.getUser(),
          useCases.findUsers(),
          useCases.createUser(),
          useCases.updateUser(),
          useCases.archiveUser(),
          useCases.validateUser(),
          useCases.firstAdministrator());
  private final Principal operator = new Principal("cli:test", null, Role.ADMINISTRATOR, false);

  private static Row user(int line, String name, String organization) {
    return new Row(
        line,
        Map.of(
            "username",
            name + "@example.com",
            "lastname",
            name,
            "email",
            name + "@example.com",
            "sales_organization_code",
            organization));
  }

  @Test
  void a_row_naming_what_an_earlier_row_creates_waits_for_it_and_results_come_in_order()
      throws Exception {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            1,
            Map.of(
                "username", "first@example.com",
                "lastname", "First",
                "email", "first@example.com",
                "sales_organization.code", "OSL",
                "sales_organization.name", "Oslo")));
    for (int i = 2; i <= 60; i++) {
      rows.add(user(i, "user" + i, "OSL"));
    }
    rows.add(user(61, "bad", "NOWHERE"));
    List<Long> lines = new ArrayList<>();

    Importer.Run run =
        new Importer(calls, operator, false, false, 8)
            .run(rows.iterator(), () -> false, result -> lines.add(result.line()));

    assertThat(run.end()).isEqualTo(Importer.End.COMPLETE);
    assertThat(run.counts()).isEqualTo(new Importer.Counts(60, 0, 0, 1));
    assertThat(lines).isSorted().hasSize(61);
    assertThat(useCases.findUsers().find(operator, ListQuery.firstPage(100)).total()).isEqualTo(60);
  }

  @Test
  void a_member_may_come_before_the_team_leader_they_name() throws Exception {
    String leader = "6f1c1a52-2f43-4f0e-9a39-3c1a2b4d5e60";
    Map<String, String> member = new java.util.HashMap<>(user(1, "member", "OSL").values());
    member.put("team_leader_user_id", leader);
    Map<String, String> lead = new java.util.HashMap<>(user(3, "leader", "OSL").values());
    lead.put("id", leader);
    lead.put("is_team_leader", "true");
    Map<String, String> orphan = new java.util.HashMap<>(user(4, "orphan", "OSL").values());
    orphan.put("team_leader_user_id", "00000000-0000-4000-8000-000000000000");
    List<Importer.Result> results = new ArrayList<>();

    Importer.Run run =
        new Importer(calls, operator, false, false, 1)
            .run(
                List.of(
                        new Row(
                            1,
                            Map.of(
                                "username", "first@example.com",
                                "lastname", "First",
                                "email", "first@example.com",
                                "sales_organization.code", "OSL",
                                "sales_organization.name", "Oslo")),
                        new Row(2, member),
                        new Row(3, lead),
                        new Row(4, orphan))
                    .iterator(),
                () -> false,
                results::add);

    assertThat(run.counts()).isEqualTo(new Importer.Counts(3, 0, 0, 1));
    assertThat(results).extracting(Importer.Result::line).containsExactly(1L, 3L, 2L, 4L);
    assertThat(results.get(3).errors())
        .containsExactly(
            "team_leader_user_id: names no existing user (id 00000000-0000-4000-8000-000000000000)");
  }

  @Test
  void a_stop_ends_the_run_after_the_rows_under_way() throws Exception {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            1,
            Map.of(
                "username", "first@example.com",
                "lastname", "First",
                "email", "first@example.com",
                "sales_organization.code", "OSL",
                "sales_organization.name", "Oslo")));
    for (int i = 2; i <= 100; i++) {
      rows.add(user(i, "user" + i, "OSL"));
    }
    AtomicInteger done = new AtomicInteger();

    Importer.Run run =
        new Importer(calls, operator, false, false, 4)
            .run(rows.iterator(), () -> done.get() >= 10, result -> done.incrementAndGet());

    assertThat(run.end()).isEqualTo(Importer.End.STOPPED);
    assertThat(run.counts().created()).isBetween(10L, 20L);
    assertThat(useCases.findUsers().find(operator, ListQuery.firstPage(1000)).total())
        .isEqualTo(run.counts().created());
  }

  @Test
  void with_update_a_row_updates_the_user_its_name_matches() throws Exception {
    new Importer(calls, operator, false, false, 1)
        .run(
            List.of(
                    new Row(
                        1,
                        Map.of(
                            "username", "ann@example.com",
                            "lastname", "Smith",
                            "email", "ann@example.com",
                            "sales_organization.code", "OSL",
                            "sales_organization.name", "Oslo")))
                .iterator(),
            () -> false,
            result -> {});
    List<Importer.Result> results = new ArrayList<>();

    Importer.Run run =
        new Importer(calls, operator, true, false, 2)
            .run(
                List.of(
                        new Row(1, Map.of("username", "ann@example.com", "mobile", "+4712345678")),
                        new Row(2, Map.of("username", "ann@example.com", "mobile", "+4712345678")),
                        new Row(3, Map.of("username", "new@example.com")))
                    .iterator(),
                () -> false,
                results::add);

    assertThat(run.counts()).isEqualTo(new Importer.Counts(0, 1, 1, 1));
    assertThat(results.get(2).errors())
        .contains("lastname: is required", "email: is required", "sales_organization: is required");
  }
}
