package io.roster.application.service.reference;

import io.roster.application.port.in.Principal;
import io.roster.application.port.in.reference.ReferenceDataUseCase;
import io.roster.application.port.out.ReferenceData;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.util.List;
import java.util.Optional;

public final class ReferenceDataService implements ReferenceDataUseCase {
  private final ReferenceData referenceData;

  public ReferenceDataService(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  @Override
  public List<ReferenceItem> list(Principal actor, ReferenceKind kind) {
    requireReferenceData(kind);
    return referenceData.list(kind);
  }

  @Override
  public Optional<ReferenceItem> find(Principal actor, ReferenceKind kind, Reference<?> reference) {
    requireReferenceData(kind);
    return referenceData.find(kind, reference);
  }

  private static void requireReferenceData(ReferenceKind kind) {
    if (!kind.isReferenceData()) {
      throw new IllegalArgumentException(kind + " is not reference data");
    }
  }
}
