package io.roster.adapter.persistence;

import io.roster.application.memory.InMemoryReferenceData;
import io.roster.domain.customfield.ExtraFieldDeclaration;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.util.EnumSet;

/**
 * The in-memory sample's groups, ticket categories, licences and extra fields, added to a migrated
 * database (which seeds only ISO lists, roles and the app licences), so the contract suites find the
 * same reference data on every implementation.
 */
final class SampleReferenceData {
  private SampleReferenceData() {}

  static void insert(Transactions transactions) {
    InMemoryReferenceData sample = InMemoryReferenceData.sample();
    transactions.withHandle(
        h -> {
          for (ReferenceKind kind :
              EnumSet.of(ReferenceKind.USER_GROUP, ReferenceKind.TICKET_CATEGORY, ReferenceKind.LICENCE)) {
            for (ReferenceItem item : sample.list(kind)) {
              String table = ReferenceTables.of(kind);
              boolean present =
                  h.createQuery("select count(*) from " + table + " where code = :code")
                          .bind("code", item.code())
                          .mapTo(Integer.class)
                          .one()
                      > 0;
              if (!present) {
                h.createUpdate(
                        "insert into " + table + " (id, number, code, name)"
                            + " values (:id, (select coalesce(max(number), 0) + 1 from " + table + "), :code, :name)")
                    .bind("id", item.id())
                    .bind("code", item.code())
                    .bind("name", item.name())
                    .execute();
              }
            }
          }
          h.execute("delete from extra_field_declaration");
          for (ExtraFieldDeclaration declaration : sample.customFieldSchema().extraFields().values()) {
            h.createUpdate("insert into extra_field_declaration (name, field_type, options) values (:n, :t, :o)")
                .bind("n", declaration.name())
                .bind("t", declaration.type().name())
                .bind("o", String.join("\n", declaration.options()))
                .execute();
          }
          return null;
        });
  }
}
