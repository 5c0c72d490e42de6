package io.roster.application.service;

import io.roster.application.port.out.ReferenceData;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the references of a draft into ids: reference data through {@link ReferenceData}, other
 * aggregates through the lookups a use case passes in (which may create embedded entities).
 */
public final class DraftResolver {
  private final ReferenceData referenceData;

  public DraftResolver(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  /**
   * @param stored the aggregate the draft applies to, or {@code null} for a new one
   * @param aggregates how to find the id an aggregate reference names, per kind
   */
  public <A> Resolved<A> resolve(
      Draft<A> draft,
      A stored,
      Map<ReferenceKind, Function<Reference<?>, Optional<?>>> aggregates) {
    List<FieldError> errors = new ArrayList<>();
    Draft<A> resolved =
        draft.resolve(
            (field, references) -> {
              int before = errors.size();
              Object value = resolveField(field, references, aggregates, errors);
              if (errors.size() > before) {
                return stored == null ? field.empty() : field.get(stored);
              }
              return value;
            });
    return new Resolved<>(resolved, errors);
  }

  private Object resolveField(
      Field<?, ?> field,
      List<Reference<?>> references,
      Map<ReferenceKind, Function<Reference<?>, Optional<?>>> aggregates,
      List<FieldError> errors) {
    boolean many = field.kind() == Field.Kind.REFERENCES;
    if (field.maxItems() > 0 && references.size() > field.maxItems()) {
      // too many to look up: one error, and none of them resolved
      errors.add(FieldError.tooMany(field.name(), field.maxItems()));
      return null;
    }
    Set<Object> ids = new LinkedHashSet<>();
    for (int i = 0; i < references.size(); i++) {
      String path = many ? field.name() + "[" + i + "]" : field.name();
      resolveOne(field.target(), references.get(i), path, aggregates, errors).ifPresent(ids::add);
    }
    if (many) {
      return Set.copyOf(ids);
    }
    if (ids.size() > 1) {
      errors.add(
          new FieldError(
              field.name(),
              FieldError.Code.MISMATCH,
              "the references given name different " + plural(describe(field.target()))));
    }
    return ids.isEmpty() ? null : ids.iterator().next();
  }

  private Optional<?> resolveOne(
      ReferenceKind kind,
      Reference<?> reference,
      String path,
      Map<ReferenceKind, Function<Reference<?>, Optional<?>>> aggregates,
      List<FieldError> errors) {
    Optional<?> id;
    try {
      id =
          kind.isReferenceData()
              ? referenceData.find(kind, reference).map(ReferenceItem::id)
              : aggregates.getOrDefault(kind, r -> Optional.empty()).apply(reference);
    } catch (ValidationFailed e) {
      e.errors().forEach(error -> errors.add(error.under(path)));
      return Optional.empty();
    }
    if (id.isEmpty()) {
      errors.add(
          new FieldError(
              path,
              FieldError.Code.NOT_FOUND,
              "names no existing " + describe(kind) + describe(reference)));
    }
    return id;
  }

  private static String describe(ReferenceKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String plural(String noun) {
    return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }

  private static String describe(Reference<?> reference) {
    if (reference instanceof Reference.ById<?> byId) {
      return " (id " + byId.id() + ")";
    }
    if (reference instanceof Reference.ByNumber<?> byNumber) {
      return " (id " + byNumber.number() + ")";
    }
    if (reference instanceof Reference.ByCode<?> byCode) {
      return " (code " + byCode.code() + ")";
    }
    return "";
  }
}
