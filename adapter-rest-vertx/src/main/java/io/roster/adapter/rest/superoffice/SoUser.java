package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * {@code UserWithLinks}: a user as the SuperOffice seed's response table shows it, in its order,
 * plus the caller's rights and the links; the nested members in SuperOffice's own carriers ({@link
 * SoPerson}, {@link SoRole}, {@link SoListItem}, {@link SoCredential}, {@link SoLicenseOwner},
 * {@link SoTicketCategory}, {@link SoCustomCommand}). Requests bind to the same record; the
 * read-only properties (AssociateId, Lastlogin, Lastlogout, PostSaveCommands, TableRight,
 * FieldProperties, _Links) are ignored there. Date-times are text as {@link SoDates} writes them.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({
  "AssociateId",
  "Name",
  "Rank",
  "Tooltip",
  "LicenseOwners",
  "Role",
  "UserGroup",
  "OtherGroups",
  "Person",
  "Deleted",
  "Lastlogin",
  "Lastlogout",
  "EjUserId",
  "RequestSignature",
  "Type",
  "IsPersonRetired",
  "IsOnTravel",
  "Credentials",
  "UserName",
  "TicketCategories",
  "NickName",
  "WaitingForApproval",
  "ExtraFields",
  "CustomFields",
  "PostSaveCommands",
  "TableRight",
  "FieldProperties",
  "_Links"
})
record SoUser(
    Integer associateId,
    String name,
    Integer rank,
    String tooltip,
    List<SoLicenseOwner> licenseOwners,
    SoRole role,
    SoListItem userGroup,
    List<SoListItem> otherGroups,
    SoPerson person,
    Boolean deleted,
    String lastlogin,
    String lastlogout,
    Integer ejUserId,
    String requestSignature,
    String type,
    Boolean isPersonRetired,
    Boolean isOnTravel,
    List<SoCredential> credentials,
    String userName,
    List<SoTicketCategory> ticketCategories,
    String nickName,
    Boolean waitingForApproval,
    Map<String, Object> extraFields,
    Map<String, Object> customFields,
    List<SoCustomCommand> postSaveCommands,
    SoTableRight tableRight,
    Map<String, SoFieldProperty> fieldProperties,
    @JsonProperty("_Links") SoLinks links) {}
