package io.roster.application.port.in.user;

import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.salesorg.SalesOrganization;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a user's references point at, for an answer to show: the sales organization and the
 * reference items (role, groups, ticket categories, country, language), plus every licence there is
 * (an answer lists each with whether the user has it). A reference to an item that no longer exists
 * is left out ({@code null}, or absent from its list).
 *
 * <p>The sales organization is read the first time it is asked for and kept: the views a use case
 * returns have read it in the use case's transaction; the current state handed to an update's
 * change reads it only when the change asks.
 */
public final class UserReferences {
  private final Supplier<SalesOrganization> organization;
  private SalesOrganization read;
  private final ReferenceItem role;
  private final ReferenceItem userGroup;
  private final List<ReferenceItem> otherGroups;
  private final List<ReferenceItem> ticketCategories;
  private final ReferenceItem country;
  private final ReferenceItem language;
  private final List<ReferenceItem> licences;

  public UserReferences(
      Supplier<SalesOrganization> organization,
      ReferenceItem role,
      ReferenceItem userGroup,
      List<ReferenceItem> otherGroups,
      List<ReferenceItem> ticketCategories,
      ReferenceItem country,
      ReferenceItem language,
      List<ReferenceItem> licences) {
    this.organization = Objects.requireNonNull(organization, "organization");
    this.role = role;
    this.userGroup = userGroup;
    this.otherGroups = List.copyOf(otherGroups);
    this.ticketCategories = List.copyOf(ticketCategories);
    this.country = country;
    this.language = language;
    this.licences = List.copyOf(licences);
  }

  /** The user's sales organization; {@code null} for a user not yet created that has none. */
  public synchronized SalesOrganization salesOrganization() {
    if (read == null) {
      read = organization.get();
    }
    return read;
  }

  public ReferenceItem role() {
    return role;
  }

  public ReferenceItem userGroup() {
    return userGroup;
  }

  public List<ReferenceItem> otherGroups() {
    return otherGroups;
  }

  public List<ReferenceItem> ticketCategories() {
    return ticketCategories;
  }

  public ReferenceItem country() {
    return country;
  }

  public ReferenceItem language() {
    return language;
  }

  /** Every licence there is, ordered by code. */
  public List<ReferenceItem> licences() {
    return licences;
  }
}
