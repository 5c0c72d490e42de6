package io.roster.application.memory;

import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.application.port.out.SalesOrganizationRepository;
import io.roster.domain.failure.UniquenessViolated;
import io.roster.domain.failure.VersionConflict;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

public final class InMemorySalesOrganizationRepository implements SalesOrganizationRepository {
  private final InMemoryStore store;

  public InMemorySalesOrganizationRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<SalesOrganization> findById(SalesOrganizationId id) {
    synchronized (store) {
      return Optional.ofNullable(store.organizations.get(id));
    }
  }

  @Override
  public Optional<SalesOrganization> findByCode(String code) {
    synchronized (store) {
      return all().filter(o -> code.equals(o.profile().code())).findFirst();
    }
  }

  @Override
  public void insert(SalesOrganization organization) {
    synchronized (store) {
      if (store.organizations.containsKey(organization.id())) {
        throw UniquenessViolated.of("id", organization.id().toString());
      }
      checkCode(organization);
      store.organizations.put(organization.id(), organization);
    }
  }

  @Override
  public void update(SalesOrganization organization, long expectedVersion) {
    synchronized (store) {
      SalesOrganization stored = store.organizations.get(organization.id());
      if (stored == null || stored.version() != expectedVersion) {
        throw new VersionConflict("SalesOrganization", organization.id());
      }
      checkCode(organization);
      store.organizations.put(organization.id(), organization);
    }
  }

  @Override
  public Page<SalesOrganization> find(ListQuery query) {
    synchronized (store) {
      List<SalesOrganization> matching =
          all()
              .filter(o -> query.includeArchived() || !o.archived())
              .filter(o -> query.text() == null || matches(o, query.text()))
              .filter(o -> CriterionMatcher.matches(query.filter(), o))
              .sorted(
                  Comparator.comparing((SalesOrganization o) -> o.profile().name())
                      .thenComparing(o -> o.id().value()))
              .toList();
      return new Page<>(
          matching.stream().skip(query.offset()).limit(query.limit()).toList(),
          matching.size(),
          query.offset());
    }
  }

  private void checkCode(SalesOrganization organization) {
    String code = organization.profile().code();
    if (code != null
        && all()
            .anyMatch(o -> !o.id().equals(organization.id()) && code.equals(o.profile().code()))) {
      throw UniquenessViolated.of("code", code);
    }
  }

  private Stream<SalesOrganization> all() {
    return store.organizations.values().stream();
  }

  private static boolean matches(SalesOrganization organization, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    return Stream.of(organization.profile().code(), organization.profile().name())
        .filter(Objects::nonNull)
        .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle));
  }
}
