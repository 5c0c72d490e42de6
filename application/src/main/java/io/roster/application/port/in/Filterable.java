package io.roster.application.port.in;

import static io.roster.domain.user.UserFields.ARCHIVED;
import static io.roster.domain.user.UserFields.DISABLED;
import static io.roster.domain.user.UserFields.EMAIL;
import static io.roster.domain.user.UserFields.EXTERNAL_CODE;
import static io.roster.domain.user.UserFields.FAX;
import static io.roster.domain.user.UserFields.FIRSTNAME;
import static io.roster.domain.user.UserFields.INITIALS;
import static io.roster.domain.user.UserFields.IS_TEAM_LEADER;
import static io.roster.domain.user.UserFields.LANGUAGE;
import static io.roster.domain.user.UserFields.LASTNAME;
import static io.roster.domain.user.UserFields.MOBILE;
import static io.roster.domain.user.UserFields.NICK_NAME;
import static io.roster.domain.user.UserFields.PHONE;
import static io.roster.domain.user.UserFields.ROLE;
import static io.roster.domain.user.UserFields.SALES_ORGANIZATION;
import static io.roster.domain.user.UserFields.TEAM_LEADER;
import static io.roster.domain.user.UserFields.USERNAME;
import static io.roster.domain.user.UserFields.USER_GROUP;

import io.roster.domain.field.Field;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.salesorg.SalesOrganizationFields;
import io.roster.domain.user.User;
import java.util.Set;

/**
 * The fields a list may be filtered on: scalar, indexed or cheap to scan. Every store supports all.
 */
public final class Filterable {
  private Filterable() {}

  public static final Set<Field<User, ?>> USER_FIELDS =
      Set.of(
          USERNAME,
          INITIALS,
          NICK_NAME,
          EXTERNAL_CODE,
          FIRSTNAME,
          LASTNAME,
          EMAIL,
          PHONE,
          MOBILE,
          FAX,
          LANGUAGE,
          SALES_ORGANIZATION,
          USER_GROUP,
          ROLE,
          IS_TEAM_LEADER,
          TEAM_LEADER,
          DISABLED,
          ARCHIVED);

  public static final Set<Field<SalesOrganization, ?>> SALES_ORGANIZATION_FIELDS =
      Set.of(
          SalesOrganizationFields.CODE,
          SalesOrganizationFields.NAME,
          SalesOrganizationFields.CITY,
          SalesOrganizationFields.COUNTRY,
          SalesOrganizationFields.EMAIL,
          SalesOrganizationFields.ARCHIVED);
}
