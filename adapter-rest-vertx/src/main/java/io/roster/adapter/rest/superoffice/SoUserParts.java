package io.roster.adapter.rest.superoffice;

import java.util.List;
import java.util.Map;

/**
 * The parts of a {@link SoUser} that are not in the user itself: its references as list items
 * (resolved by the use case), the caller's rights and the links.
 */
record SoUserParts(
    List<SoLicenseOwner> licenseOwners,
    SoRole role,
    SoListItem userGroup,
    List<SoListItem> otherGroups,
    List<SoTicketCategory> ticketCategories,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties,
    SoLinks links) {}
