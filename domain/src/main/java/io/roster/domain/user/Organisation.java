package io.roster.domain.user;

import static io.roster.domain.user.UserFields.RANK;
import static io.roster.domain.user.UserFields.SALES_ORGANIZATION;
import static io.roster.domain.user.UserFields.TOOLTIP;

import io.roster.domain.field.Checks;
import io.roster.domain.salesorg.SalesOrganizationId;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/** Where the user sits in the company: sales organization, groups, role and team. */
public record Organisation(
    SalesOrganizationId salesOrganization,
    UUID userGroup,
    Set<UUID> otherGroups,
    UUID role,
    boolean teamLeader,
    UserId teamLeaderId,
    Set<UUID> ticketCategories,
    UserType userType,
    int rank,
    String tooltip) {
  /**
   * The most items a draft may name in a list of items ({@code otherGroups}, {@code
   * ticketCategories}): far more than an installation has, few enough to resolve at once.
   */
  public static final int MAX_ITEMS = 1000;

  public Organisation {
    Checks.start()
        .check(SALES_ORGANIZATION, salesOrganization)
        .check(RANK, rank)
        .check(TOOLTIP, tooltip)
        .orThrow();
    otherGroups = sorted(otherGroups);
    ticketCategories = sorted(ticketCategories);
    userType = Objects.requireNonNullElse(userType, UserType.INTERNAL_ASSOCIATE);
  }

  private static SortedSet<UUID> sorted(Set<UUID> ids) {
    return ids == null
        ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }
}
