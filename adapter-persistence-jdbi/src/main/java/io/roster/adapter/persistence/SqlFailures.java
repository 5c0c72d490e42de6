package io.roster.adapter.persistence;

import io.roster.application.port.out.StoreUnavailable;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.UniquenessViolated;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;

/** Turns what the database says into what the application understands. */
final class SqlFailures {
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * Unique index name -> the field a clash is reported on. Both databases name it in the message.
   */
  private static final Map<String, String> UNIQUE_FIELDS =
      Map.of(
          "uq_users_username_key", "username",
          "uq_users_initials_key", "initials",
          "uq_users_nick_name_key", "nickName",
          "uq_users_external_code_key", "externalCode",
          "uq_users_associate_id", "associateId",
          "uq_sales_organization_code", "code");

  private SqlFailures() {}

  static RuntimeException translate(JdbiException e) {
    SQLException sql = sqlCause(e);
    if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
      return uniqueness(sql);
    }
    if (e instanceof ConnectionException || isUnavailable(sql)) {
      return new StoreUnavailable("the database cannot be reached", e);
    }
    return e;
  }

  private static UniquenessViolated uniqueness(SQLException sql) {
    String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
    String field =
        UNIQUE_FIELDS.entrySet().stream()
            .filter(entry -> message.contains(entry.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse("id");
    return new UniquenessViolated(
        List.of(new FieldError(field, FieldError.Code.TAKEN, "is already taken")));
  }

  private static boolean isUnavailable(SQLException sql) {
    if (sql == null) {
      return false;
    }
    String state = sql.getSQLState();
    return sql instanceof SQLTransientConnectionException
        || (state != null && (state.startsWith("08") || state.startsWith("57P")));
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
