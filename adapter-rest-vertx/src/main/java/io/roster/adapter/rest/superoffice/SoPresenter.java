package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.superoffice.support.Texts;
import io.roster.application.UseCases;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.auth.UserRights;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.user.User;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes {@code UserWithLinks} for one caller and one response: the reference lists are read once
 * and the references of every user shown are looked up in them.
 */
final class SoPresenter {
  private final UseCases useCases;
  private final Principal caller;
  private final String base;
  private final ZoneId zone;
  private final Texts texts;
  private final Map<ReferenceKind, Map<UUID, ReferenceItem>> lists = new EnumMap<>(ReferenceKind.class);

  /**
   * @param base the scheme and authority the request came to ({@code https://host:port})
   * @param zone the zone date-times are shown in ({@code SO-TimeZone})
   * @param texts the display texts in the request's language ({@code SO-Language}, {@code
   *     Accept-Language})
   */
  SoPresenter(UseCases useCases, Principal caller, String base, ZoneId zone, Texts texts) {
    this.useCases = useCases;
    this.caller = caller;
    this.base = base;
    this.zone = zone;
    this.texts = texts;
  }

  /** {@code view} with its masks from the rights decided on the user as stored. */
  SoUser present(UserView view) {
    User user = view.user();
    UserRights rights = view.rights();
    String archive = base + "/api/v1/User";
    SoShown shown =
        new SoShown(
            List.of(licenses(user.access().licences())),
            item(ReferenceKind.ROLE, user.organisation().role()),
            item(ReferenceKind.USER_GROUP, user.organisation().userGroup()),
            items(user.organisation().otherGroups()),
            categories(user.organisation().ticketCategories()),
            SoFields.tableRight(rights, texts),
            SoFields.properties(rights, texts),
            new SoLinks(archive + "/" + user.associateId().value(), archive));
    return SoMapper.INSTANCE.toSo(user, shown, zone);
  }

  /** The one licence owner, Roster, with every module licence and whether the user has it. */
  SoLicenseOwner licenses(Set<String> granted) {
    List<SoLicenseOwner.SoModuleLicense> licences =
        list(ReferenceKind.LICENCE).values().stream()
            .map(
                item ->
                    new SoLicenseOwner.SoModuleLicense(
                        item.code(), texts.systemItem("licence", item.code(), item.name()), granted.contains(item.code())))
            .toList();
    return new SoLicenseOwner(SoLicenseOwner.ROSTER, texts.licenceOwner(), licences, List.of());
  }

  private SoListItem item(ReferenceKind kind, UUID id) {
    ReferenceItem item = id == null ? null : list(kind).get(id);
    if (item == null) {
      return null;
    }
    String name = kind == ReferenceKind.ROLE ? texts.systemItem("role", item.code(), item.name()) : texts.listItem(item.name());
    return new SoListItem(item.number(), name, item.code(), item.number(), false);
  }

  private List<SoListItem> items(Set<UUID> ids) {
    return ids.stream().map(id -> item(ReferenceKind.USER_GROUP, id)).filter(i -> i != null).toList();
  }

  private List<SoTicketCategory> categories(Set<UUID> ids) {
    return ids.stream()
        .map(id -> list(ReferenceKind.TICKET_CATEGORY).get(id))
        .filter(i -> i != null)
        .map(i -> new SoTicketCategory(
            i.number(), texts.listItem(i.name()), i.code(), false, i.number(), null, List.of(), null, 0, null, null,
            texts.listItem(i.name())))
        .toList();
  }

  private Map<UUID, ReferenceItem> list(ReferenceKind kind) {
    return lists.computeIfAbsent(
        kind,
        k -> useCases.referenceData().list(caller, k).stream()
            .collect(Collectors.toMap(ReferenceItem::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
  }
}
