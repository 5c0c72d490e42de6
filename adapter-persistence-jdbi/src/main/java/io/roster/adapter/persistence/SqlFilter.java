package io.roster.adapter.persistence;

import io.roster.application.port.in.Criterion;
import io.roster.domain.field.Field;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A filter as a parameterised WHERE condition: field names come from a fixed column map, every
 * value is a bound parameter, never SQL text.
 */
final class SqlFilter {
  private final Map<Field<?, ?>, String> columns;
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final String condition;

  SqlFilter(Criterion criterion, Map<Field<?, ?>, String> columns) {
    this.columns = columns;
    this.condition = criterion == null ? "1 = 1" : sql(criterion);
  }

  String condition() {
    return condition;
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  private String sql(Criterion criterion) {
    if (criterion instanceof Criterion.And and) {
      return "(" + sql(and.left()) + " and " + sql(and.right()) + ")";
    }
    if (criterion instanceof Criterion.Or or) {
      return "(" + sql(or.left()) + " or " + sql(or.right()) + ")";
    }
    if (criterion instanceof Criterion.Equals equals) {
      String column = column(equals.field());
      Object value = raw(equals.value());
      if (value == null) {
        return column + (equals.negated() ? " is not null" : " is null");
      }
      String compared = value instanceof String ? "lower(" + column + ")" : column;
      String parameter = parameter(value instanceof String text ? lower(text) : value);
      return equals.negated()
          ? "(" + column + " is null or " + compared + " <> :" + parameter + ")"
          : compared + " = :" + parameter;
    }
    if (criterion instanceof Criterion.StartsWith startsWith) {
      return "lower("
          + column(startsWith.field())
          + ") like :"
          + parameter(Sql.escaped(lower(startsWith.prefix())) + "%")
          + " "
          + Sql.LIKE_ESCAPE;
    }
    Criterion.Contains contains = (Criterion.Contains) criterion;
    return "lower("
        + column(contains.field())
        + ") like :"
        + parameter(Sql.containing(contains.text()))
        + " "
        + Sql.LIKE_ESCAPE;
  }

  private String column(Field<?, ?> field) {
    String column = columns.get(field);
    if (column == null) {
      throw new IllegalArgumentException("cannot filter on " + field);
    }
    return column;
  }

  private String parameter(Object value) {
    String name = "f" + parameters.size();
    parameters.put(name, value);
    return name;
  }

  private static Object raw(Object value) {
    if (value instanceof UserId id) {
      return id.value();
    }
    if (value instanceof SalesOrganizationId id) {
      return id.value();
    }
    return value;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
