package io.roster.adapter.cli;

import io.roster.adapter.cli.UserColumns.Column;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.user.User;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user as a row: every column export writes ({@link UserColumns#WRITTEN}), in that order, flags
 * as booleans, every other value as text, an empty value as null. Read back by {@link RowDrafts},
 * it gives the same user.
 */
final class UserRows {
  private UserRows() {}

  static Map<String, Object> of(UserView view) {
    User user = view.user();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(UserColumns.ID, user.id().toString());
    for (Column<User> column : UserColumns.USER) {
      if (!column.written()) {
        continue;
      }
      if (column.reading() == UserColumns.Reading.LICENCE) {
        row.put(column.name(), user.access().licences().contains(column.licence()));
      } else if (column.reading() == UserColumns.Reading.CODE) {
        // The only code written: the private address's country.
        ReferenceItem country = view.references().country();
        row.put(column.name(), country == null ? null : country.code());
      } else {
        row.put(column.name(), value(column, user));
      }
    }
    SalesOrganization organization = view.references().salesOrganization();
    String prefix = UserColumns.ORGANIZATION + ".";
    row.put(prefix + UserColumns.ID, organization == null ? null : organization.id().toString());
    for (Column<SalesOrganization> column : UserColumns.ORGANIZATION_COLUMNS) {
      row.put(prefix + column.name(), organization == null ? null : value(column, organization));
    }
    for (int i = 1; i <= CustomFields.UDF_COUNT; i++) {
      String name = "udf" + i;
      row.put(name, user.customFields().get(name));
    }
    return row;
  }

  private static <A> Object value(Column<A> column, A aggregate) {
    Object value = column.field().get(aggregate);
    if (value == null || value instanceof Boolean) {
      return value;
    }
    String text = value.toString();
    return text.isEmpty() ? null : text;
  }
}
