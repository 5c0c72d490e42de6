package io.roster.adapter.persistence;

import io.roster.application.port.out.ReferenceData;
import io.roster.domain.customfield.CustomFieldSchema;
import io.roster.domain.customfield.ExtraFieldDeclaration;
import io.roster.domain.customfield.ExtraFieldType;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class JdbiReferenceData implements ReferenceData {
  private final Transactions transactions;

  JdbiReferenceData(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<ReferenceItem> find(ReferenceKind kind, Reference<?> reference) {
    String where;
    Object value;
    if (reference instanceof Reference.ById<?> byId) {
      where = "id = :value";
      value = byId.id();
    } else if (reference instanceof Reference.ByNumber<?> byNumber) {
      where = "number = :value";
      value = byNumber.number();
    } else if (reference instanceof Reference.ByCode<?> byCode) {
      where = "lower(code) = :value";
      value = byCode.code().toLowerCase(Locale.ROOT);
    } else {
      return Optional.empty();
    }
    return transactions.withHandle(
        h ->
            h.createQuery(
                    "select id, number, code, name from "
                        + ReferenceTables.of(kind)
                        + " where "
                        + where)
                .bind("value", value)
                .map((rs, ctx) -> item(kind, rs))
                .findOne());
  }

  @Override
  public List<ReferenceItem> list(ReferenceKind kind) {
    return transactions.withHandle(
        h ->
            h.createQuery(
                    "select id, number, code, name from "
                        + ReferenceTables.of(kind)
                        + " order by code")
                .map((rs, ctx) -> item(kind, rs))
                .list());
  }

  @Override
  public CustomFieldSchema customFieldSchema() {
    return transactions.withHandle(
        h ->
            CustomFieldSchema.of(
                h.createQuery(
                        "select name, field_type, options from extra_field_declaration order by name")
                    .map(
                        (rs, ctx) ->
                            new ExtraFieldDeclaration(
                                rs.getString("name"),
                                ExtraFieldType.valueOf(rs.getString("field_type")),
                                options(rs.getString("options"))))
                    .list()));
  }

  private static List<String> options(String lines) {
    return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
  }

  private static ReferenceItem item(ReferenceKind kind, ResultSet rs) throws SQLException {
    return new ReferenceItem(
        kind, Sql.uuid(rs, "id"), rs.getInt("number"), rs.getString("code"), rs.getString("name"));
  }
}
