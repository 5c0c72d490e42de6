package io.roster.adapter.persistence;

import io.roster.domain.reference.ReferenceKind;
import java.util.EnumMap;
import java.util.Map;

/** The table that holds each kind of reference data. */
final class ReferenceTables {
  private static final Map<ReferenceKind, String> TABLES = new EnumMap<>(ReferenceKind.class);

  static {
    TABLES.put(ReferenceKind.COUNTRY, "ref_country");
    TABLES.put(ReferenceKind.LANGUAGE, "ref_language");
    TABLES.put(ReferenceKind.CURRENCY, "ref_currency");
    TABLES.put(ReferenceKind.USER_GROUP, "ref_user_group");
    TABLES.put(ReferenceKind.ROLE, "ref_role");
    TABLES.put(ReferenceKind.TICKET_CATEGORY, "ref_ticket_category");
    TABLES.put(ReferenceKind.LICENCE, "ref_module_licence");
  }

  private ReferenceTables() {}

  static String of(ReferenceKind kind) {
    String table = TABLES.get(kind);
    if (table == null) {
      throw new IllegalArgumentException(kind + " is not reference data");
    }
    return table;
  }
}
