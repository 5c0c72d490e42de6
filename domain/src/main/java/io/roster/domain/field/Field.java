package io.roster.domain.field;

import io.roster.domain.reference.ReferenceKind;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A writable property of an aggregate {@code A} with value type {@code T}: its name, the rules its
 * values meet, how to read it, and how a draft's value is merged into a stored one. Drafts,
 * changes, field errors and (later) field rights all speak in these, so each bound is written
 * exactly once.
 */
public final class Field<A, T> {

  /** What kind of value the field holds; it decides which checks apply. */
  public enum Kind {
    TEXT,
    EMAIL,
    FLAG,
    INTEGER,
    DATE,
    CHOICE,
    REFERENCE,
    REFERENCES,
    KEYED,
    CREDENTIALS
  }

  private final String name;
  private final Kind kind;
  private final boolean required;
  private final int maxLength;
  private final long min;
  private final long max;
  private final ReferenceKind target;
  private final int maxItems;
  private final T empty;
  private final Function<A, T> getter;
  private final BiFunction<T, Object, T> merge;

  private Field(
      String name,
      Kind kind,
      boolean required,
      int maxLength,
      long min,
      long max,
      ReferenceKind target,
      int maxItems,
      T empty,
      Function<A, T> getter,
      BiFunction<T, Object, T> merge) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.required = required;
    this.maxLength = maxLength;
    this.min = min;
    this.max = max;
    this.target = target;
    this.maxItems = maxItems;
    this.empty = empty;
    this.getter = Objects.requireNonNull(getter, "getter");
    this.merge = Objects.requireNonNull(merge, "merge");
  }

  private static <T> BiFunction<T, Object, T> replace() {
    return (stored, given) -> {
      @SuppressWarnings("unchecked")
      T value = (T) given;
      return value;
    };
  }

  /** Free text, optional, at most {@code maxLength} characters ({@code 0}: no bound). */
  public static <A> Field<A, String> text(String name, int maxLength, Function<A, String> getter) {
    return new Field<>(name, Kind.TEXT, false, maxLength, 0, 0, null, 0, null, getter, replace());
  }

  /** An e-mail address: text that must be well formed when present. */
  public static <A> Field<A, String> email(String name, int maxLength, Function<A, String> getter) {
    return new Field<>(name, Kind.EMAIL, false, maxLength, 0, 0, null, 0, null, getter, replace());
  }

  /** A yes/no; absent means no. */
  public static <A> Field<A, Boolean> flag(String name, Function<A, Boolean> getter) {
    return new Field<>(name, Kind.FLAG, false, 0, 0, 0, null, 0, false, getter, replace());
  }

  /** A whole number in {@code [min, max]}; absent means zero. */
  public static <A> Field<A, Integer> integer(
      String name, int min, int max, Function<A, Integer> getter) {
    return new Field<>(name, Kind.INTEGER, false, 0, min, max, null, 0, 0, getter, replace());
  }

  /** A calendar date. */
  public static <A, D> Field<A, D> date(String name, Function<A, D> getter) {
    return new Field<>(name, Kind.DATE, false, 0, 0, 0, null, 0, null, getter, replace());
  }

  /** One of the constants of an enum; absent means {@code fallback}. */
  public static <A, E extends Enum<E>> Field<A, E> choice(
      String name, E fallback, Function<A, E> getter) {
    return new Field<>(name, Kind.CHOICE, false, 0, 0, 0, null, 0, fallback, getter, replace());
  }

  /** The id of one entity of kind {@code target}, resolved from a reference in a draft. */
  public static <A, I> Field<A, I> reference(
      String name, ReferenceKind target, Function<A, I> getter) {
    return new Field<>(name, Kind.REFERENCE, false, 0, 0, 0, target, 0, null, getter, replace());
  }

  /** The ids of any number of entities of kind {@code target}, each resolved from a reference. */
  public static <A, I> Field<A, Set<I>> references(
      String name, ReferenceKind target, Function<A, Set<I>> getter) {
    return new Field<>(
        name, Kind.REFERENCES, false, 0, 0, 0, target, 0, Set.of(), getter, replace());
  }

  /**
   * A value made of keyed entries (custom fields, licences) that a draft may cover only in part:
   * the draft carries a {@link KeyedEntries} value and {@code merge} keeps the stored entries
   * outside its scope.
   */
  public static <A, T> Field<A, T> keyed(
      String name, T empty, Function<A, T> getter, BiFunction<T, KeyedEntries<?>, T> merge) {
    BiFunction<T, Object, T> scopedMerge =
        (stored, given) -> merge.apply(stored == null ? empty : stored, (KeyedEntries<?>) given);
    return new Field<>(name, Kind.KEYED, false, 0, 0, 0, null, 0, empty, getter, scopedMerge);
  }

  /** A field whose draft value has another shape than the stored one, merged by {@code merge}. */
  public static <A, T> Field<A, T> composite(
      String name, Kind kind, T empty, Function<A, T> getter, BiFunction<T, Object, T> merge) {
    return new Field<>(name, kind, false, 0, 0, 0, null, 0, empty, getter, merge);
  }

  /** The same field, but a value must be present (and, for text, not blank). */
  public Field<A, T> required() {
    return new Field<>(
        name, kind, true, maxLength, min, max, target, maxItems, empty, getter, merge);
  }

  /**
   * The same list field (references, credentials), of which a draft may give at most {@code items}
   * items: more are one error, {@link io.roster.domain.failure.FieldError#tooMany}, before any is
   * read further (resolved, hashed).
   */
  public Field<A, T> atMost(int items) {
    return new Field<>(
        name, kind, required, maxLength, min, max, target, items, empty, getter, merge);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isRequired() {
    return required;
  }

  /** The most characters a text value may have; {@code 0} when unbounded or not text. */
  public int maxLength() {
    return maxLength;
  }

  public long min() {
    return min;
  }

  public long max() {
    return max;
  }

  /** The most items a draft may give this list field; {@code 0} when unbounded or not a list. */
  public int maxItems() {
    return maxItems;
  }

  /** What a reference field points at; {@code null} for other kinds. */
  public ReferenceKind target() {
    return target;
  }

  /** The value an absent optional field takes. */
  public T empty() {
    return empty;
  }

  public T get(A aggregate) {
    return getter.apply(aggregate);
  }

  /**
   * The value after a draft gave {@code given} for this field over {@code stored}. Blank text is no
   * text: one dialect sends "" where the other sends nothing, and both mean "empty".
   */
  T merge(T stored, Object given) {
    if (given == null || (given instanceof String text && text.isBlank())) {
      return empty;
    }
    return merge.apply(stored, given);
  }

  @Override
  public String toString() {
    return name;
  }
}
