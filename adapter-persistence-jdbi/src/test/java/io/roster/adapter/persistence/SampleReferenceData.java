package io.roster.adapter.persistence;

import io.roster.application.memory.InMemoryReferenceData;
import io.roster.domain.customfield.ExtraFieldDeclaration;
import io.roster.domain.reference.ReferenceKind;

/**
 * The in-memory sample's groups, ticket categories, licences and extra fields, added to a migrated
 * database (which seeds only ISO lists, roles and the app licences), so the contract suites find
 * the same reference data on every implementation.
 */
final class SampleReferenceData {
  private SampleReferenceData() {}

  static void insert(JdbiPersistence persistence, Transactions transactions) {
    InMemoryReferenceData sample = InMemoryReferenceData.sample();
    for (ReferenceKind kind : JdbiPersistence.OPERATORS_LISTS) {
      persistence.addReferenceItems(kind, sample.list(kind));
    }
    transactions.withHandle(
        h -> {
          h.execute("delete from extra_field_declaration");
          for (ExtraFieldDeclaration declaration :
              sample.customFieldSchema().extraFields().values()) {
            h.createUpdate(
                    "insert into extra_field_declaration (name, field_type, options) values (:n, :t, :o)")
                .bind("n", declaration.name())
                .bind("t", declaration.type().name())
                .bind("o", String.join("\n", declaration.options()))
                .execute();
          }
          return null;
        });
  }
}
