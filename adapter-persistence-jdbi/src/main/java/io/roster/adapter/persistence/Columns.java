package io.roster.adapter.persistence;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A table's columns, each written once with where its value comes from: the column list of a select
 * and an insert, the assignments of an update, and the binding of a row's values to the parameters
 * named after the columns. The first column is the row's id, which an update does not assign.
 *
 * @param <T> what a row holds
 */
final class Columns<T> {
  /**
   * One column: its name, the type its value is bound as (null: the class of the value, as {@link
   * SqlStatement#bind(String, Object)} does), where the value comes from, and its update
   * assignment.
   */
  record Column<T>(String name, Type type, Function<T, ?> value, String assignment) {}

  private final List<Column<T>> columns;

  private Columns(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The column names: {@code id, code, ...}. */
  String names() {
    return join(Column::name);
  }

  /** The parameters of an insert, one per column: {@code :id, :code, ...}. */
  String parameters() {
    return join(column -> ":" + column.name());
  }

  /** The {@code set} of an update: every column but the id, each as its assignment says. */
  String assignments() {
    return columns.stream().skip(1).map(Column::assignment).collect(Collectors.joining(", "));
  }

  /** {@code statement} with each column's value from {@code row} bound to the column's name. */
  <S extends SqlStatement<S>> S bind(S statement, T row) {
    for (Column<T> column : columns) {
      Object value = column.value().apply(row);
      if (column.type() == null) {
        statement.bind(column.name(), value);
      } else {
        statement.bindByType(column.name(), value, column.type());
      }
    }
    return statement;
  }

  private String join(Function<Column<T>, String> text) {
    return columns.stream().map(text).collect(Collectors.joining(", "));
  }

  /** The columns in table order; each is assigned its own parameter unless told otherwise. */
  static final class Builder<T> {
    private final List<Column<T>> columns = new ArrayList<>();

    Builder<T> text(String name, Function<T, String> value) {
      return add(name, String.class, value);
    }

    Builder<T> flag(String name, Predicate<T> value) {
      return add(name, boolean.class, value::test);
    }

    Builder<T> integer(String name, ToIntFunction<T> value) {
      return add(name, int.class, value::applyAsInt);
    }

    Builder<T> number(String name, ToLongFunction<T> value) {
      return add(name, long.class, value::applyAsLong);
    }

    /** A uuid column that may be empty ({@link Sql#uuid(UUID)}). */
    Builder<T> uuid(String name, Function<T, UUID> value) {
      return add(name, null, row -> Sql.uuid(value.apply(row)));
    }

    /** A timestamp with time zone ({@link Sql#timestamp(Instant)}). */
    Builder<T> timestamp(String name, Function<T, Instant> value) {
      return add(name, null, row -> Sql.timestamp(value.apply(row)));
    }

    /** A value bound by its class. */
    Builder<T> value(String name, Function<T, ?> value) {
      return add(name, null, value);
    }

    /** A column whose update assignment is not simply its own parameter. */
    Builder<T> add(Column<T> column) {
      columns.add(column);
      return this;
    }

    Columns<T> build() {
      return new Columns<>(columns);
    }

    private Builder<T> add(String name, Type type, Function<T, ?> value) {
      return add(new Column<>(name, type, value, name + " = :" + name));
    }
  }
}
