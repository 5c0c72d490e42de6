package io.roster.adapter.rest.superoffice;

import io.roster.domain.credential.Credential;
import io.roster.domain.customfield.ExtraFieldDeclaration;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * The domain as SuperOffice clients read it. Every property of the seed is mapped, or the build
 * fails.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface SoMapper {
  SoMapper INSTANCE = new SoMapperImpl();

  @Mapping(target = "associateId", source = "user.associateId")
  @Mapping(target = "name", source = "user.login.initials")
  @Mapping(target = "rank", source = "user.organisation.rank")
  @Mapping(target = "tooltip", source = "user.organisation.tooltip")
  @Mapping(target = "licenseOwners", source = "shown.licenseOwners")
  @Mapping(target = "role", source = "shown.role")
  @Mapping(target = "userGroup", source = "shown.userGroup")
  @Mapping(target = "otherGroups", source = "shown.otherGroups")
  @Mapping(target = "person", expression = "java(person(user))")
  @Mapping(target = "deleted", source = "user.lifecycle.archived")
  @Mapping(target = "lastlogin", expression = "java(dates.dateTime(user.lifecycle().lastLogin()))")
  @Mapping(
      target = "lastlogout",
      expression = "java(dates.dateTime(user.lifecycle().lastLogout()))")
  @Mapping(target = "ejUserId", source = "user.access.ejUserId")
  @Mapping(target = "requestSignature", source = "user.access.requestSignature")
  @Mapping(target = "type", source = "user.organisation.userType")
  @Mapping(target = "isPersonRetired", source = "user.lifecycle.archived")
  @Mapping(target = "isOnTravel", source = "user.access.onTravel")
  @Mapping(target = "credentials", source = "user.access.credentials")
  @Mapping(target = "userName", source = "user.login.username")
  @Mapping(target = "ticketCategories", source = "shown.ticketCategories")
  @Mapping(target = "nickName", source = "user.login.nickName")
  @Mapping(target = "waitingForApproval", source = "user.access.waitingForApproval")
  @Mapping(target = "extraFields", expression = "java(extraFields(user))")
  @Mapping(target = "customFields", expression = "java(customFields(user))")
  @Mapping(target = "postSaveCommands", expression = "java(java.util.List.of())")
  @Mapping(target = "tableRight", source = "shown.tableRight")
  @Mapping(target = "fieldProperties", source = "shown.fieldProperties")
  @Mapping(target = "links", source = "shown.links")
  SoUser toSo(User user, SoUserParts shown, @Context SoDates dates);

  /** The secret is never shown: only its type and display value. */
  default SoCredential toSo(Credential credential) {
    return SoCredential.shown(credential.type(), credential.displayValue());
  }

  default SoPerson person(User user) {
    return SoPerson.shown(
        user.person().firstname(),
        user.person().lastname(),
        user.person().email(),
        user.person().phone(),
        user.person().mobile(),
        user.person().fax(),
        user.lifecycle().archived(),
        SoDates.date(user.hr().birthdate()));
  }

  /** Every custom field with a value: udf1..udf100 and the extra fields. */
  default Map<String, Object> customFields(User user) {
    return new LinkedHashMap<>(user.customFields().values());
  }

  /** The extra fields ({@code x_...}) only. */
  default Map<String, Object> extraFields(User user) {
    Map<String, Object> extra = new LinkedHashMap<>();
    user.customFields()
        .values()
        .forEach(
            (name, value) -> {
              if (name.startsWith(ExtraFieldDeclaration.PREFIX)) {
                extra.put(name, value);
              }
            });
    return extra;
  }

  default Integer number(AssociateId id) {
    return id == null ? null : id.value();
  }

  /** {@code ANONYMOUS_ASSOCIATE} is {@code AnonymousAssociate}. */
  default String typeName(UserType type) {
    if (type == null) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (String word : type.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
