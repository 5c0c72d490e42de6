package io.roster.domain.testkit;

import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for sales organizations and their drafts (references resolved). */
public final class SalesOrganizationGen {
  private SalesOrganizationGen() {}

  /** Drafts covering every writable field; the code, when present, comes from {@code codes}. */
  public static Gen<Draft<SalesOrganization>> fullDrafts(Gen<String> codes) {
    return in -> {
      Draft.Builder<SalesOrganization> draft = Draft.builder();
      for (Field<SalesOrganization, ?> field : SalesOrganizationFields.ALL) {
        draft.put(field, valueFor(field, codes).generate(in));
      }
      return draft.build();
    };
  }

  /** Drafts covering every writable field, with unique-enough codes. */
  public static Gen<Draft<SalesOrganization>> fullDrafts() {
    return fullDrafts(Ids.uuids().map(u -> "ERP-" + u.toString().substring(0, 8)));
  }

  /** Valid organizations, created at {@link UserGen#EPOCH}. */
  public static Gen<SalesOrganization> organizations() {
    Gen<Draft<SalesOrganization>> drafts = fullDrafts();
    return in ->
        SalesOrganization.create(
                Ids.salesOrganizationIds().generate(in),
                drafts.generate(in),
                code -> Optional.empty(),
                UserGen.EPOCH)
            .after();
  }

  @SuppressWarnings("unchecked")
  private static Gen<?> valueFor(Field<SalesOrganization, ?> field, Gen<String> codes) {
    if (field == SalesOrganizationFields.CODE) {
      return Generate.oneOf(Generate.constant((String) null), codes);
    }
    return switch (field.kind()) {
      case TEXT, EMAIL -> TextGen.valueFor((Field<?, String>) field);
      case FLAG -> Generate.booleans();
      case REFERENCE ->
          Generate.oneOf(Generate.constant((Object) null), Ids.uuids().map(u -> (Object) u));
      default -> throw new IllegalArgumentException("no generator for " + field);
    };
  }
}
