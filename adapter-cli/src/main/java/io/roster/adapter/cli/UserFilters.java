package io.roster.adapter.cli;

import io.roster.adapter.cli.UserColumns.Column;
import io.roster.application.port.in.Criterion;
import io.roster.application.port.in.Filterable;
import io.roster.domain.user.User;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code users list --filter COLUMN=VALUE}: equal to the value (text ignoring case), {@code VALUE*}
 * starts with it, {@code *VALUE*} contains it, an empty value has none. Several filters must all
 * hold.
 */
final class UserFilters {
  private UserFilters() {}

  /** The columns a list may be filtered on. */
  static List<String> columns() {
    return UserColumns.USER.stream()
        .filter(UserFilters::filterable)
        .map(Column::name)
        .sorted()
        .toList();
  }

  /** Every filter as one criterion; null when there is none. */
  static Criterion of(List<String> filters) {
    Criterion all = null;
    for (String filter : filters) {
      Criterion one = one(filter);
      all = all == null ? one : new Criterion.And(all, one);
    }
    return all;
  }

  private static Criterion one(String filter) {
    int equals = filter.indexOf('=');
    if (equals < 1) {
      throw new CliFailure(ExitCodes.USAGE, "a filter is COLUMN=VALUE: " + filter);
    }
    String name = filter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
    String value = filter.substring(equals + 1).trim();
    Column<User> column = UserColumns.USER_BY_NAME.get(name);
    if (column == null || !filterable(column)) {
      throw new CliFailure(
          ExitCodes.USAGE,
          "cannot filter on '" + name + "'; filterable: " + String.join(", ", columns()));
    }
    if (value.isEmpty()) {
      return new Criterion.Equals(column.field(), null, false);
    }
    return switch (column.reading()) {
      case FLAG -> {
        String flag = value.toLowerCase(Locale.ROOT);
        if (!flag.equals("true") && !flag.equals("false")) {
          throw new CliFailure(ExitCodes.USAGE, name + " is true or false: " + value);
        }
        yield new Criterion.Equals(column.field(), Boolean.valueOf(flag), false);
      }
      case ID -> {
        try {
          yield new Criterion.Equals(column.field(), UUID.fromString(value), false);
        } catch (IllegalArgumentException e) {
          throw new CliFailure(ExitCodes.USAGE, name + " is a UUID: " + value);
        }
      }
      default -> text(column, value);
    };
  }

  private static Criterion text(Column<User> column, String value) {
    boolean starts = value.endsWith("*");
    boolean contains = starts && value.startsWith("*") && value.length() > 1;
    if (contains) {
      return new Criterion.Contains(column.field(), value.substring(1, value.length() - 1));
    }
    if (starts) {
      return new Criterion.StartsWith(column.field(), value.substring(0, value.length() - 1));
    }
    return new Criterion.Equals(column.field(), value, false);
  }

  private static boolean filterable(Column<User> column) {
    return Filterable.USER_FIELDS.contains(column.field())
        && (column.reading() == UserColumns.Reading.TEXT
            || column.reading() == UserColumns.Reading.FLAG
            || column.reading() == UserColumns.Reading.ID);
  }
}
