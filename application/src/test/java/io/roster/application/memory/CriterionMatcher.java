package io.roster.application.memory;

import io.roster.application.port.in.Criterion;
import io.roster.domain.field.Field;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.UserId;
import java.util.Locale;
import java.util.Objects;

/** Evaluates a filter on an aggregate in memory, with the semantics the SQL stores have. */
final class CriterionMatcher {
  private CriterionMatcher() {}

  static <A> boolean matches(Criterion criterion, A aggregate) {
    if (criterion == null) {
      return true;
    }
    if (criterion instanceof Criterion.And and) {
      return matches(and.left(), aggregate) && matches(and.right(), aggregate);
    }
    if (criterion instanceof Criterion.Or or) {
      return matches(or.left(), aggregate) || matches(or.right(), aggregate);
    }
    if (criterion instanceof Criterion.Equals equals) {
      boolean same = same(value(equals.field(), aggregate), raw(equals.value()));
      return equals.negated() != same;
    }
    if (criterion instanceof Criterion.StartsWith startsWith) {
      String text = text(startsWith.field(), aggregate);
      return text != null && text.startsWith(lower(startsWith.prefix()));
    }
    Criterion.Contains contains = (Criterion.Contains) criterion;
    String text = text(contains.field(), aggregate);
    return text != null && text.contains(lower(contains.text()));
  }

  @SuppressWarnings("unchecked")
  private static <A> Object value(Field<?, ?> field, A aggregate) {
    return raw(((Field<A, ?>) field).get(aggregate));
  }

  /** Ids compare by their UUID, whichever type names them. */
  private static Object raw(Object value) {
    if (value instanceof UserId id) {
      return id.value();
    }
    if (value instanceof SalesOrganizationId id) {
      return id.value();
    }
    return value;
  }

  private static <A> String text(Field<?, ?> field, A aggregate) {
    Object value = value(field, aggregate);
    return value instanceof String s ? lower(s) : null;
  }

  private static boolean same(Object stored, Object given) {
    if (stored instanceof String s && given instanceof String g) {
      return lower(s).equals(lower(g));
    }
    return Objects.equals(stored, given);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
