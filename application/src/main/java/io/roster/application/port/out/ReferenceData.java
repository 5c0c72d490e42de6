package io.roster.application.port.out;

import io.roster.domain.customfield.CustomFieldSchema;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.util.List;
import java.util.Optional;

/** The lists a user's references point into, and the declared extra fields. */
public interface ReferenceData {
  /**
   * The item of {@code kind} that {@code reference} names by id, number or code (ignoring case).
   */
  Optional<ReferenceItem> find(ReferenceKind kind, Reference<?> reference);

  /** Every item of {@code kind}, ordered by code. */
  List<ReferenceItem> list(ReferenceKind kind);

  CustomFieldSchema customFieldSchema();
}
