package io.roster.adapter.persistence;

import io.roster.application.port.out.AuditLog;
import io.roster.application.port.out.AuditRecord;
import io.roster.domain.field.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;

/** One row per record, one row per changed field. */
final class JdbiAuditLog implements AuditLog {
  private final Transactions transactions;

  JdbiAuditLog(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(AuditRecord record) {
    transactions.withHandle(
        h -> {
          long id =
              h.createUpdate(
                      "insert into audit_record (recorded_at, actor, subject_type, subject_id, action)"
                          + " values (:at, :actor, :type, :subject, :action)")
                  .bind("at", Sql.timestamp(record.at()))
                  .bind("actor", record.actor())
                  .bind("type", record.subjectType())
                  .bind("subject", record.subjectId())
                  .bind("action", record.action().name())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          if (!record.changes().isEmpty()) {
            PreparedBatch batch =
                h.prepareBatch(
                    "insert into audit_change (record_id, ordinal, field, before_value, after_value)"
                        + " values (:record, :ordinal, :field, :before, :after)");
            for (int i = 0; i < record.changes().size(); i++) {
              FieldChange change = record.changes().get(i);
              batch
                  .bind("record", id)
                  .bind("ordinal", i)
                  .bind("field", change.field())
                  .bind("before", change.before())
                  .bind("after", change.after())
                  .add();
            }
            batch.execute();
          }
          return null;
        });
  }

  @Override
  public List<AuditRecord> history(String subjectType, String subjectId) {
    return transactions.withHandle(
        h -> {
          Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
          h.createQuery(
                  "select c.record_id, c.field, c.before_value, c.after_value from audit_change c"
                      + " join audit_record r on r.id = c.record_id"
                      + " where r.subject_type = :type and r.subject_id = :subject"
                      + " order by c.record_id, c.ordinal")
              .bind("type", subjectType)
              .bind("subject", subjectId)
              .map(
                  (rs, ctx) ->
                      changes
                          .computeIfAbsent(rs.getLong("record_id"), k -> new ArrayList<>())
                          .add(
                              new FieldChange(
                                  rs.getString("field"),
                                  rs.getString("before_value"),
                                  rs.getString("after_value"))))
              .list();
          return h.createQuery(
                  "select id, recorded_at, actor, subject_type, subject_id, action from audit_record"
                      + " where subject_type = :type and subject_id = :subject order by id")
              .bind("type", subjectType)
              .bind("subject", subjectId)
              .map(
                  (rs, ctx) ->
                      new AuditRecord(
                          Sql.instant(rs, "recorded_at"),
                          rs.getString("actor"),
                          rs.getString("subject_type"),
                          rs.getString("subject_id"),
                          AuditRecord.Action.valueOf(rs.getString("action")),
                          changes.getOrDefault(rs.getLong("id"), List.of())))
              .list();
        });
  }
}
