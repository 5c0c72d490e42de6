package io.roster.domain.reference;

import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a reference list (a country, a language, a user group, a module licence...). It has
 * three keys because the two dialects name it differently: a UUID (wello), a number (superoffice)
 * and a business code (ISO code, licence name).
 */
public record ReferenceItem(ReferenceKind kind, UUID id, int number, String code, String name) {
  public ReferenceItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!kind.isReferenceData()) {
      throw new IllegalArgumentException(kind + " is an aggregate, not reference data");
    }
    if (number <= 0) {
      throw new IllegalArgumentException("number must be positive: " + number);
    }
  }

  /** True when {@code reference} names this item (a code matches ignoring case). */
  public boolean isNamedBy(Reference<?> reference) {
    if (reference instanceof Reference.ById<?> byId) {
      return id.equals(byId.id());
    }
    if (reference instanceof Reference.ByNumber<?> byNumber) {
      return number == byNumber.number();
    }
    if (reference instanceof Reference.ByCode<?> byCode) {
      return code.equalsIgnoreCase(byCode.code());
    }
    return false;
  }
}
