package io.roster.application.memory;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.in.SortKey;
import io.roster.application.port.out.Account;
import io.roster.application.port.out.UserRepository;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.field.Field;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.UniqueKey;
import io.roster.domain.user.User;
import io.roster.domain.user.UserId;
import io.roster.domain.user.UserKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

public final class InMemoryUserRepository implements UserRepository {
  private final InMemoryStore store;

  public InMemoryUserRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<User> find(UserKey key) {
    synchronized (store) {
      if (key instanceof UserId id) {
        return Optional.ofNullable(store.users.get(id));
      }
      return all().filter(u -> u.associateId().equals(key)).findFirst();
    }
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return UniqueKey.of(UniqueKey.Kind.USERNAME, username)
        .flatMap(this::holderOf)
        .flatMap(this::find);
  }

  @Override
  public Optional<UserId> holderOf(UniqueKey key) {
    synchronized (store) {
      return all().filter(u -> u.login().uniqueKeys().contains(key)).map(User::id).findFirst();
    }
  }

  @Override
  public boolean hasTeamMembers(UserId leader) {
    synchronized (store) {
      return all().anyMatch(u -> leader.equals(u.organisation().teamLeaderId()));
    }
  }

  @Override
  public AssociateId nextAssociateId() {
    synchronized (store) {
      return AssociateId.of(++store.lastAssociateId);
    }
  }

  @Override
  public void insert(User user) {
    synchronized (store) {
      List<FieldError> taken = clashes(user);
      if (store.users.containsKey(user.id())) {
        taken.add(new FieldError("id", FieldError.Code.TAKEN, "is already taken"));
      }
      if (all().anyMatch(u -> u.associateId().equals(user.associateId()))) {
        taken.add(new FieldError("associateId", FieldError.Code.TAKEN, "is already taken"));
      }
      if (!taken.isEmpty()) {
        throw new UniquenessViolated(taken);
      }
      store.users.put(user.id(), user);
    }
  }

  @Override
  public void update(User expected, User user) {
    synchronized (store) {
      User stored = store.users.get(user.id());
      if (stored == null || stored.lifecycle().version() != expected.lifecycle().version()) {
        throw new VersionConflict("User", user.id());
      }
      List<FieldError> taken = clashes(user);
      if (!taken.isEmpty()) {
        throw new UniquenessViolated(taken);
      }
      store.users.put(user.id(), user);
    }
  }

  @Override
  public Optional<Account> account(UserId id) {
    synchronized (store) {
      return Optional.ofNullable(store.users.get(id)).map(Account::of);
    }
  }

  @Override
  public Page<User> find(ListQuery query) {
    synchronized (store) {
      List<User> matching =
          all()
              .filter(u -> query.includeArchived() || !u.isArchived())
              .filter(u -> query.text() == null || matches(u, query.text()))
              .filter(u -> CriterionMatcher.matches(query.filter(), u))
              .sorted(order(query.order()))
              .toList();
      return new Page<>(
          matching.stream().skip(query.offset()).limit(query.limit()).toList(),
          matching.size(),
          query.offset());
    }
  }

  /** The sort keys, then the associate id, as the SQL stores order. */
  private static Comparator<User> order(List<SortKey> keys) {
    Comparator<User> order = (a, b) -> 0;
    for (SortKey key : keys) {
      Comparator<User> byKey =
          key.field() == null
              ? Comparator.comparingInt(u -> u.associateId().value())
              : Comparator.comparing(
                  u -> sortValue(key.field(), u), Comparator.nullsLast(Comparator.naturalOrder()));
      order = order.thenComparing(key.descending() ? byKey.reversed() : byKey);
    }
    return order.thenComparingInt(u -> u.associateId().value());
  }

  /** A field's value to sort by: texts lower-cased, as the SQL stores compare them. */
  @SuppressWarnings("unchecked")
  private static Comparable<Object> sortValue(Field<?, ?> field, User user) {
    Object value = ((Field<User, ?>) field).get(user);
    return (Comparable<Object>)
        (value instanceof String text ? text.toLowerCase(Locale.ROOT) : value);
  }

  private Stream<User> all() {
    return store.users.values().stream();
  }

  private List<FieldError> clashes(User user) {
    List<FieldError> taken = new ArrayList<>();
    for (UniqueKey key : user.login().uniqueKeys()) {
      if (all().anyMatch(u -> !u.id().equals(user.id()) && u.login().uniqueKeys().contains(key))) {
        taken.add(new FieldError(key.kind().field(), FieldError.Code.TAKEN, "is already taken"));
      }
    }
    return taken;
  }

  private static boolean matches(User user, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    return Stream.of(
            user.login().username(),
            user.login().initials(),
            user.login().nickName(),
            user.person().firstname(),
            user.person().lastname(),
            user.person().email())
        .filter(Objects::nonNull)
        .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle));
  }
}
