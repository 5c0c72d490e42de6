package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.superoffice.locale.DisplayTexts;
import io.roster.application.port.in.user.NewUser;
import io.roster.application.port.in.user.UserReferences;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.user.User;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@code UserWithLinks} for one response: the user, the reference items the view resolved (by
 * number, in the request's language), the masks from the caller's rights, and the links.
 */
final class SoPresenter {
  private final String base;
  private final ZoneId zone;
  private final DisplayTexts texts;

  /**
   * @param base the scheme and authority the request came to ({@code https://host:port})
   * @param zone the zone date-times are shown in ({@code SO-TimeZone})
   * @param texts the display texts in the request's language ({@code SO-Language}, {@code
   *     Accept-Language})
   */
  SoPresenter(String base, ZoneId zone, DisplayTexts texts) {
    this.base = base;
    this.zone = zone;
    this.texts = texts;
  }

  /** {@code view} with its masks from the rights decided on the user as stored. */
  SoUser present(UserView view) {
    User user = view.user();
    UserReferences references = view.references();
    String archive = base + "/api/v1/User";
    SoUserParts shown =
        new SoUserParts(
            List.of(licenses(references.licences(), user.access().licences())),
            item(references.role()),
            item(references.userGroup()),
            references.otherGroups().stream().map(this::item).toList(),
            references.ticketCategories().stream().map(this::category).toList(),
            SoFields.tableRight(view.rights(), texts),
            SoFields.properties(view.rights(), texts),
            new SoLinks(archive + "/" + user.associateId().value(), archive));
    return SoMapper.INSTANCE.toSo(user, shown, zone);
  }

  /**
   * A new user as {@code GET /api/v1/User/default} shows it: AssociateId 0, the type asked for, the
   * caller's rights on a new user, every licence not granted, and nothing else set.
   */
  SoUser present(NewUser user) {
    String archive = base + "/api/v1/User";
    return new SoUser(
        0,
        null,
        0,
        null,
        List.of(licenses(user.references().licences(), Set.of())),
        null,
        null,
        List.of(),
        new SoPerson(null, null, null, null, null, null, null),
        false,
        null,
        null,
        0,
        null,
        SoMapper.INSTANCE.typeName(user.type()),
        false,
        false,
        List.of(),
        null,
        List.of(),
        null,
        false,
        Map.of(),
        Map.of(),
        List.of(),
        SoFields.tableRight(user.rights(), texts),
        SoFields.properties(user.rights(), texts),
        new SoLinks(null, archive));
  }

  /** The one licence owner, Roster, with every module licence and whether the user has it. */
  private SoLicenseOwner licenses(List<ReferenceItem> every, Set<String> granted) {
    List<SoLicenseOwner.SoModuleLicense> licences =
        every.stream()
            .map(
                item ->
                    new SoLicenseOwner.SoModuleLicense(
                        item.code(),
                        texts.systemItem("licence", item.code(), item.name()),
                        granted.contains(item.code())))
            .toList();
    return new SoLicenseOwner(SoLicenseOwner.ROSTER, texts.licenceOwner(), licences, List.of());
  }

  private SoListItem item(ReferenceItem item) {
    if (item == null) {
      return null;
    }
    String name =
        item.kind() == ReferenceKind.ROLE
            ? texts.systemItem("role", item.code(), item.name())
            : texts.listItem(item.name());
    return new SoListItem(item.number(), name, item.code(), item.number(), false);
  }

  private SoTicketCategory category(ReferenceItem item) {
    return new SoTicketCategory(
        item.number(),
        texts.listItem(item.name()),
        item.code(),
        false,
        item.number(),
        null,
        List.of(),
        null,
        0,
        null,
        null,
        texts.listItem(item.name()));
  }
}
