package io.roster.application.port.in.reference;

import io.roster.application.port.in.Principal;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.util.List;
import java.util.Optional;

/** The lists a client picks ids and codes from: countries, languages, currencies, groups, ... */
public interface ReferenceDataUseCase {
  List<ReferenceItem> list(Principal actor, ReferenceKind kind);

  Optional<ReferenceItem> find(Principal actor, ReferenceKind kind, Reference<?> reference);
}
