package io.roster.adapter.persistence;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.SortKey;
import io.roster.domain.field.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of one page of a list: the filter, archived rows left out unless asked for, a text any of
 * the searched columns contains, and the window. Every value is a bound parameter.
 */
final class PageQuery {
  private final ListQuery query;
  private final SqlFilter filter;
  private final String where;

  /**
   * @param searched lower-cased column expressions the list's text is looked for in
   */
  PageQuery(ListQuery query, Map<Field<?, ?>, String> filterColumns, List<String> searched) {
    this.query = query;
    this.filter = new SqlFilter(query.filter(), filterColumns);
    StringBuilder where = new StringBuilder(" where ").append(filter.condition());
    if (!query.includeArchived()) {
      where.append(" and archived = false");
    }
    if (query.text() != null) {
      where.append(
          searched.stream()
              .map(column -> column + " like :text " + Sql.LIKE_ESCAPE)
              .collect(Collectors.joining(" or ", " and (", ")")));
    }
    this.where = where.toString();
  }

  /**
   * The {@code order by} of {@code keys}: each field's column expression from {@code columns} (an
   * allow-list: a field it does not name is refused), a sort key without a field by {@code number},
   * and {@code number} last so that pages are stable. Empty values come after the others, as the
   * keys say (before them when descending).
   */
  static String orderBy(List<SortKey> keys, Map<Field<?, ?>, String> columns, String number) {
    List<String> terms = new ArrayList<>();
    for (SortKey key : keys) {
      String column = key.field() == null ? number : columns.get(key.field());
      if (column == null) {
        throw new IllegalArgumentException("a list cannot be ordered by " + key.field().name());
      }
      terms.add(column + (key.descending() ? " desc nulls first" : " asc nulls last"));
    }
    terms.add(number);
    return String.join(", ", terms);
  }

  long count(Handle h, String table) {
    return bind(h.createQuery("select count(*) from " + table + where)).mapTo(Long.class).one();
  }

  /** {@code select} ("select ... from table") with this page's condition, order and window. */
  Query select(Handle h, String select, String orderBy) {
    return bind(h.createQuery(
            select + where + " order by " + orderBy + " limit :limit offset :offset"))
        .bind("limit", query.limit())
        .bind("offset", query.offset());
  }

  private Query bind(Query statement) {
    statement.bindMap(filter.parameters());
    if (query.text() != null) {
      statement.bind("text", Sql.containing(query.text()));
    }
    return statement;
  }
}
