package io.roster.domain.field;

import io.roster.domain.failure.FieldError;
import io.roster.domain.reference.Reference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a request says about an aggregate {@code A}: the fields it covers (its view) and, for each,
 * the value it gives or the references it names. A covered field without a value is cleared (or is
 * an error when required); a field outside the view keeps its stored value.
 *
 * <p>References are resolved to ids by the application ({@link #resolve}) before the aggregate
 * applies the draft. A value the request gave that could not be read (a date that is not one) is
 * {@linkplain #rejected() rejected}: its field is left out, and its error is reported with every
 * other error of the request.
 */
public final class Draft<A> {
  private final Map<Field<A, ?>, Object> values;
  private final Map<Field<A, ?>, List<Reference<?>>> references;
  private final List<FieldError> rejected;

  private Draft(
      Map<Field<A, ?>, Object> values,
      Map<Field<A, ?>, List<Reference<?>>> references,
      List<FieldError> rejected) {
    this.values = Collections.unmodifiableMap(values);
    this.references = Collections.unmodifiableMap(references);
    this.rejected = List.copyOf(rejected);
  }

  /** A draft that covers {@code view}, giving no value yet. */
  public static <A> Builder<A> covering(Collection<? extends Field<A, ?>> view) {
    Builder<A> builder = new Builder<>();
    view.forEach(builder::cover);
    return builder;
  }

  public static <A> Builder<A> builder() {
    return new Builder<>();
  }

  public Set<Field<A, ?>> view() {
    return values.keySet();
  }

  public boolean covers(Field<A, ?> field) {
    return values.containsKey(field);
  }

  /** The value given for {@code field}, {@code null} when absent or not covered. */
  @SuppressWarnings("unchecked")
  public <T> T value(Field<A, T> field) {
    return (T) values.get(field);
  }

  /**
   * The value given for a field whose draft value has its own shape (scoped entries, credentials).
   */
  public Object given(Field<A, ?> field) {
    return values.get(field);
  }

  /**
   * The values the request gave that could not be read or may not be kept, one error each; a value
   * that could not be read leaves its field uncovered.
   */
  public List<FieldError> rejected() {
    return rejected;
  }

  /** The references still to resolve, per field. */
  public Map<Field<A, ?>, List<Reference<?>>> references() {
    return references;
  }

  /**
   * This draft with every reference replaced by the id {@code resolver} finds for it. The resolver
   * gets the field and all references given for it (several may name the same entity).
   */
  public Draft<A> resolve(BiFunction<Field<A, ?>, List<Reference<?>>, Object> resolver) {
    Map<Field<A, ?>, Object> resolved = new LinkedHashMap<>(values);
    references.forEach((field, refs) -> resolved.put(field, resolver.apply(field, refs)));
    return new Draft<>(resolved, new LinkedHashMap<>(), rejected);
  }

  /** This draft with {@code value} given for {@code field} instead. */
  public Draft<A> replacing(Field<A, ?> field, Object value) {
    Map<Field<A, ?>, Object> replaced = new LinkedHashMap<>(values);
    replaced.put(field, value);
    Map<Field<A, ?>, List<Reference<?>>> stillToResolve = new LinkedHashMap<>(references);
    stillToResolve.remove(field);
    return new Draft<>(replaced, stillToResolve, rejected);
  }

  /** This draft no longer covering {@code field}: applying it keeps the stored value. */
  public Draft<A> without(Field<A, ?> field) {
    Map<Field<A, ?>, Object> kept = new LinkedHashMap<>(values);
    kept.remove(field);
    Map<Field<A, ?>, List<Reference<?>>> stillToResolve = new LinkedHashMap<>(references);
    stillToResolve.remove(field);
    return new Draft<>(kept, stillToResolve, rejected);
  }

  /** The value {@code field} has once this draft is applied to {@code stored} (null: a new one). */
  public <T> T merged(Field<A, T> field, A stored) {
    T before = stored == null ? field.empty() : field.get(stored);
    if (!covers(field)) {
      return before;
    }
    if (references.containsKey(field)) {
      throw new IllegalStateException("reference of " + field + " is not resolved");
    }
    return field.merge(before, values.get(field));
  }

  @Override
  public String toString() {
    return "Draft"
        + values
        + (references.isEmpty() ? "" : " references " + references)
        + (rejected.isEmpty() ? "" : " rejected " + rejected);
  }

  /** Collects what a request says, field by field. */
  public static final class Builder<A> {
    private final Map<Field<A, ?>, Object> values = new LinkedHashMap<>();
    private final Map<Field<A, ?>, List<Reference<?>>> references = new LinkedHashMap<>();
    private final Set<Field<A, ?>> unread = new LinkedHashSet<>();
    private final List<FieldError> rejected = new ArrayList<>();

    private Builder() {}

    /** Covers {@code field} without giving a value: it will be cleared. */
    public Builder<A> cover(Field<A, ?> field) {
      values.putIfAbsent(field, null);
      return this;
    }

    public <T> Builder<A> set(Field<A, T> field, T value) {
      values.put(field, value);
      return this;
    }

    /** Gives a value whose shape the field's merge knows (scoped entries, credential drafts). */
    public Builder<A> put(Field<A, ?> field, Object value) {
      values.put(field, value);
      return this;
    }

    /** Names the entity of a reference field; may be called several times for one field. */
    public Builder<A> refer(Field<A, ?> field, Reference<?> reference) {
      if (field.target() == null) {
        throw new IllegalArgumentException(field + " is not a reference field");
      }
      cover(field);
      references.computeIfAbsent(field, f -> new ArrayList<>()).add(reference);
      return this;
    }

    /**
     * A value the request gave for {@code field} could not be read: the draft will not cover {@code
     * field} (its stored value stays), and applying it fails with {@code error} among the others.
     */
    public Builder<A> reject(Field<A, ?> field, FieldError error) {
      unread.add(field);
      return reject(error);
    }

    /**
     * A value the request gave could not be read; applying the draft fails with {@code error} among
     * the others.
     */
    public Builder<A> reject(FieldError error) {
      rejected.add(error);
      return this;
    }

    /**
     * The draft. Text it gives that may not be kept ({@link StorableText}: a value, or an entry of
     * a keyed value) is refused with an error naming its field, among the others.
     */
    public Draft<A> build() {
      Map<Field<A, ?>, Object> given = new LinkedHashMap<>(values);
      Map<Field<A, ?>, List<Reference<?>>> refs = new LinkedHashMap<>();
      references.forEach((field, list) -> refs.put(field, List.copyOf(list)));
      for (Field<A, ?> field : unread) {
        given.remove(field);
        refs.remove(field);
      }
      List<FieldError> refused = new ArrayList<>(rejected);
      given.forEach((field, value) -> refused.addAll(StorableText.refused(field.name(), value)));
      return new Draft<>(given, refs, refused);
    }
  }
}
