package io.roster.domain.reference;

import java.util.Objects;
import java.util.UUID;

/**
 * How a request names another entity: by its id, by its numeric id (the superoffice dialect), by a
 * business code (ERP key, ISO code), or by embedding the entity itself, which is then matched by
 * its id or code and updated, or created when new.
 *
 * @param <E> what an embedded reference carries (for example a sales organization draft)
 */
public sealed interface Reference<E> {

  record ById<E>(UUID id) implements Reference<E> {
    public ById {
      Objects.requireNonNull(id, "id");
    }
  }

  record ByNumber<E>(int number) implements Reference<E> {}

  record ByCode<E>(String code) implements Reference<E> {
    public ByCode {
      Objects.requireNonNull(code, "code");
    }
  }

  record Embedded<E>(E entity) implements Reference<E> {
    public Embedded {
      Objects.requireNonNull(entity, "entity");
    }
  }

  static <E> Reference<E> byId(UUID id) {
    return new ById<>(id);
  }

  static <E> Reference<E> byNumber(int number) {
    return new ByNumber<>(number);
  }

  static <E> Reference<E> byCode(String code) {
    return new ByCode<>(code);
  }

  static <E> Reference<E> embedded(E entity) {
    return new Embedded<>(entity);
  }
}
