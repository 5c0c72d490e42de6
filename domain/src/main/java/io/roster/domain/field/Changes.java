package io.roster.domain.field;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The field-by-field difference between two states of an aggregate, for results and the audit log.
 */
public final class Changes {
  private Changes() {}

  /**
   * Every field of {@code fields} whose value differs; maps are compared key by key. A new
   * aggregate ({@code before} null) is compared with empty values, so defaults are not listed as
   * changes.
   */
  public static <A> List<FieldChange> between(
      Collection<? extends Field<A, ?>> fields, A before, A after) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field<A, ?> field : fields) {
      Object old = before == null ? field.empty() : field.get(before);
      Object now = field.get(after);
      if (Objects.equals(old, now)) {
        continue;
      }
      if (old instanceof Map || now instanceof Map) {
        changes.addAll(entryChanges(field.name(), (Map<?, ?>) old, (Map<?, ?>) now));
      } else {
        changes.add(change(field.name(), old, now));
      }
    }
    return List.copyOf(changes);
  }

  /** Values that differ only in what is never shown (a secret's hash) still read as a change. */
  private static FieldChange change(String field, Object old, Object now) {
    String before = render(old);
    String after = render(now);
    return new FieldChange(
        field, before, Objects.equals(before, after) ? after + " (secret changed)" : after);
  }

  private static List<FieldChange> entryChanges(String name, Map<?, ?> old, Map<?, ?> now) {
    Map<?, ?> before = old == null ? Map.of() : old;
    Map<?, ?> after = now == null ? Map.of() : now;
    TreeSet<String> keys = new TreeSet<>();
    before.keySet().forEach(k -> keys.add(String.valueOf(k)));
    after.keySet().forEach(k -> keys.add(String.valueOf(k)));
    List<FieldChange> changes = new ArrayList<>();
    for (String key : keys) {
      Object b = before.get(key);
      Object a = after.get(key);
      if (!Objects.equals(b, a)) {
        changes.add(new FieldChange(name + "." + key, render(b), render(a)));
      }
    }
    return changes;
  }

  private static String render(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> items) {
      return items.stream()
          .map(String::valueOf)
          .sorted()
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return value.toString();
  }
}
