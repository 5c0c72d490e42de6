package io.roster.adapter.cli;

import io.roster.application.port.in.Criterion;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.field.FieldChange;
import io.roster.domain.field.Revision;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.user.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster users ...}: read and change users one at a time. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Lists, shows and changes users.",
    subcommands = {
      UsersCommand.ListUsers.class,
      UsersCommand.GetUser.class,
      UsersCommand.SetFields.class,
      ArchiveCommands.Archive.class,
      ArchiveCommands.Unarchive.class,
      SetPasswordCommand.class
    })
final class UsersCommand {

  static final String USER = "The user: an id (a UUID) or a user name (ignoring case).";

  enum ListFormat {
    table,
    json,
    csv
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists users by user name; archived ones only when asked.")
  static final class ListUsers extends DirectoryCommand {
    @Option(
        names = "--filter",
        paramLabel = "COLUMN=VALUE",
        description = {
          "Only users whose COLUMN is VALUE (text ignoring case); VALUE* starts with, *VALUE*"
              + " contains, an empty VALUE has none. Repeat to narrow further.",
          "Columns: username, firstname, lastname, code, email, phone, mobile, fax, archived,"
              + " disabled, is_team_leader, team_leader_user_id, sales_organization_id,"
              + " user_group_id, db_language_id."
        })
    List<String> filters = new ArrayList<>();

    @Option(
        names = "--search",
        paramLabel = "TEXT",
        description =
            "Only users whose user name, names, e-mail, initials or nick name contain it.")
    String search;

    @Option(names = "--archived", description = "Include archived users.")
    boolean archived;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "table",
        description =
            "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json and csv give"
                + " every column, as export does.")
    ListFormat format;

    @Option(names = "--limit", paramLabel = "N", description = "At most N users (default: all).")
    long limit;

    ListUsers(Cli cli) {
      super(cli);
    }

    @Override
    int run(Cli.Session session) {
      Criterion filter = UserFilters.of(filters);
      switch (format) {
        case table -> table(session, filter);
        case json -> {
          out().println("[");
          boolean[] first = {true};
          each(
              session,
              filter,
              view -> {
                out().print(first[0] ? "" : ",\n");
                first[0] = false;
                out().print(RowFormat.line(RowFormat.json(UserRows.of(view))));
              });
          out().println(first[0] ? "]" : "\n]");
        }
        case csv -> {
          try (RowFormat.RowWriter writer = RowFormat.CSV.writer(out())) {
            each(session, filter, view -> writer.write(UserRows.of(view)));
          }
        }
      }
      return ExitCodes.OK;
    }

    private void table(Cli.Session session, Criterion filter) {
      String format = "%-36s  %-30s  %-30s  %-30s  %-12s  %s%n";
      out().printf(format, "ID", "USERNAME", "NAME", "EMAIL", "ORGANIZATION", "STATE");
      long count =
          each(
              session,
              filter,
              view -> {
                User user = view.user();
                SalesOrganization organization = view.references().salesOrganization();
                String name =
                    (user.person().firstname() == null ? "" : user.person().firstname() + " ")
                        + user.person().lastname();
                out()
                    .printf(
                        format,
                        user.id(),
                        user.login().username(),
                        name,
                        user.person().email(),
                        organization == null ? "" : organization.profile().code(),
                        user.isArchived()
                            ? "archived"
                            : user.access().disabled() ? "disabled" : "active");
              });
      out().println(count + (count == 1 ? " user" : " users"));
    }

    private long each(
        Cli.Session session, Criterion filter, java.util.function.Consumer<UserView> each) {
      return UserPages.forEach(
          session.calls().findUsers(), cli.operator(), search, filter, archived, limit, each);
    }
  }

  @Command(
      name = "get",
      mixinStandardHelpOptions = true,
      description = "Shows one user, archived or not: every column that has a value.")
  static final class GetUser extends DirectoryCommand {
    @Parameters(paramLabel = "USER", description = USER)
    String user;

    @Option(names = "--json", description = "As one JSON object (the shape import reads).")
    boolean json;

    GetUser(Cli cli) {
      super(cli);
    }

    @Override
    int run(Cli.Session session) {
      Map<String, Object> row = UserRows.of(user(session, user));
      if (json) {
        out().println(RowFormat.pretty(RowFormat.json(row)));
      } else {
        int width =
            row.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .mapToInt(entry -> entry.getKey().length())
                .max()
                .orElse(0);
        row.forEach(
            (column, value) -> {
              if (value != null) {
                out().printf("%-" + width + "s  %s%n", column, value);
              }
            });
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {
        "Changes fields of one user.",
        "COLUMN=VALUE, columns named as in import (an empty VALUE clears the field). Every rule of an update applies; a field error changes nothing.",
        "Example: roster users set ann@example.com mobile=+4790000000 allow_sales_app=true"
      })
  static final class SetFields extends DirectoryCommand {
    @Parameters(index = "0", paramLabel = "USER", description = USER)
    String user;

    @Parameters(
        index = "1..*",
        arity = "1..*",
        paramLabel = "COLUMN=VALUE",
        description = "The columns to change and their new values.")
    List<String> assignments;

    SetFields(Cli cli) {
      super(cli);
    }

    @Override
    int run(Cli.Session session) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String assignment : assignments) {
        int equals = assignment.indexOf('=');
        if (equals < 1) {
          throw new CliFailure(ExitCodes.USAGE, "a change is COLUMN=VALUE: " + assignment);
        }
        String column = assignment.substring(0, equals).trim();
        if (column.equalsIgnoreCase(UserColumns.ID)) {
          throw new CliFailure(ExitCodes.USAGE, "a user's id cannot be changed");
        }
        values.put(column, assignment.substring(equals + 1));
      }
      RowDrafts.UserRow row = RowDrafts.user(new Row(0, values));
      UserView target = user(session, user);
      Revision<UserView> revision =
          session
              .calls()
              .updateUser()
              .update(
                  new UpdateUserCommand(
                      cli.operator(), target.user().id(), null, Precondition.none(), row.draft()));
      String username = revision.after().user().login().username();
      if (!revision.changed()) {
        out().println(username + ": nothing to change");
      } else {
        out()
            .println(
                username
                    + ": changed "
                    + revision.changes().stream()
                        .map(FieldChange::field)
                        .map(UserColumns::columnOf)
                        .distinct()
                        .collect(Collectors.joining(", ")));
      }
      return ExitCodes.OK;
    }
  }
}
