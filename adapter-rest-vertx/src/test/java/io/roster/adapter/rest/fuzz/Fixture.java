package io.roster.adapter.rest.fuzz;

import java.util.List;

/**
 * What the fuzzer aims at: the users and organizations made before the run (never the administrator
 * the requests are sent as, whose account must keep working), the bodies a GET answered for them
 * (the templates the fuzzer mutates), and credentials of every kind.
 *
 * @param associateIds the users' associate ids (SuperOffice)
 * @param usernames the users' user names, in the same order
 * @param userIds the users' ids (Wello)
 * @param etags the users' ETags as a GET answered them, in the same order
 * @param organizationIds the organizations' ids
 * @param organizationCodes their codes
 * @param adminAssociateId the administrator's associate id: read, never written
 * @param soUser a user as the SuperOffice dialect shows it in JSON
 * @param soUserXml the same in XML
 * @param soDefault a new user as {@code GET /api/v1/User/default} shows it
 * @param welloUser a user as the Wello dialect shows it
 * @param welloOrganization an organization as the Wello dialect shows it
 * @param admin the administrator's {@code Authorization} header
 * @param victim a standard user's user name, who logs on and changes their own password
 * @param bearer a valid {@code Authorization: Bearer} header (the administrator's)
 * @param ticket a valid {@code Authorization: SoTicket} header (the administrator's)
 * @param sessionCookie the session's cookies, as a {@code Cookie} header value
 * @param xsrf the session's {@code XSRF-TOKEN}
 */
record Fixture(
    List<Integer> associateIds,
    List<String> usernames,
    List<String> userIds,
    List<String> etags,
    List<String> organizationIds,
    List<String> organizationCodes,
    int adminAssociateId,
    String soUser,
    String soUserXml,
    String soDefault,
    String welloUser,
    String welloOrganization,
    String admin,
    String victim,
    String bearer,
    String ticket,
    String sessionCookie,
    String xsrf) {}
