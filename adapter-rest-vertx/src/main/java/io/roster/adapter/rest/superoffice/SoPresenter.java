package io.roster.adapter.rest.superoffice;

import static io.roster.domain.user.UserFields.LICENCES;

import io.roster.adapter.rest.superoffice.locale.DisplayTexts;
import io.roster.application.port.in.user.NewUser;
import io.roster.application.port.in.user.UserReferences;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@code UserWithLinks} for one response: the user, the reference items the view resolved (by
 * number, in the request's language), the masks from the caller's rights, and the links.
 */
final class SoPresenter {
  private final String base;
  private final SoDates dates;
  private final DisplayTexts texts;

  /**
   * @param base the scheme and authority the request came to ({@code https://host:port})
   * @param dates how date-times are shown ({@code SO-TimeZone})
   * @param texts the display texts in the request's language ({@code SO-Language}, {@code
   *     Accept-Language})
   */
  SoPresenter(String base, SoDates dates, DisplayTexts texts) {
    this.base = base;
    this.dates = dates;
    this.texts = texts;
  }

  /** {@code view} with its masks from the rights decided on the user as stored. */
  SoUser present(UserView view) {
    User user = view.user();
    UserReferences references = view.references();
    String archive = base + "/api/v1/User";
    SoUserParts shown =
        new SoUserParts(
            List.of(
                licenses(
                    references.licences(),
                    user.access().licences(),
                    view.rights().mayChange(LICENCES))),
            role(references.role()),
            item(references.userGroup()),
            references.otherGroups().stream().map(this::item).toList(),
            references.ticketCategories().stream().map(this::category).toList(),
            SoFields.tableRight(view.rights(), texts),
            SoFields.properties(view.rights(), texts),
            new SoLinks(archive + "/" + user.associateId().value(), archive));
    return SoMapper.INSTANCE.toSo(user, shown, dates);
  }

  /**
   * A new user as {@code GET /api/v1/User/default} shows it: AssociateId 0, the type asked for, the
   * caller's rights on a new user, every licence not granted, no links, and nothing else set.
   */
  SoUser present(NewUser user) {
    return new SoUser(
        0,
        null,
        0,
        null,
        List.of(
            licenses(user.references().licences(), Set.of(), user.rights().mayChange(LICENCES))),
        null,
        null,
        List.of(),
        SoPerson.shown(null, null, null, null, null, null, false, SoDates.date(null)),
        false,
        dates.dateTime(null),
        dates.dateTime(null),
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
        null);
  }

  /**
   * The one licence owner, Roster, with every module licence, whether the user has it and whether
   * the caller may change that ({@code canAssign}).
   */
  private SoLicenseOwner licenses(
      List<ReferenceItem> every, Set<String> granted, boolean canAssign) {
    List<SoLicenseOwner.SoModuleLicense> licences = new ArrayList<>();
    for (ReferenceItem item : every) {
      licences.add(
          SoLicenseOwner.SoModuleLicense.shown(
              item.number(),
              item.code(),
              texts.systemItem("licence", item.code(), item.name()),
              granted.contains(item.code()),
              canAssign,
              licences.size()));
    }
    return new SoLicenseOwner(
        SoLicenseOwner.ROSTER,
        texts.licenceOwner(),
        licences,
        List.of(),
        null,
        SoFieldProperty.NONE);
  }

  private SoRole role(ReferenceItem item) {
    return item == null
        ? null
        : SoRole.shown(
            item.number(), texts.systemItem("role", item.code(), item.name()), item.code());
  }

  private SoListItem item(ReferenceItem item) {
    return item == null
        ? null
        : SoListItem.shown(item.number(), texts.listItem(item.name()), item.code(), item.number());
  }

  private SoTicketCategory category(ReferenceItem item) {
    return SoTicketCategory.shown(item.number(), texts.listItem(item.name()), item.code());
  }
}
