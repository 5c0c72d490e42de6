package io.roster.adapter.rest.fuzz;

import io.roster.application.Ports;
import io.roster.application.port.in.ListQuery;
import io.roster.application.port.in.Page;
import io.roster.domain.salesorg.SalesOrganization;
import io.roster.domain.user.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a request could change, read straight from the store: every user (archived ones too)
 * and every sales organization as stored, and how many audit records each of them has.
 */
record StoreSnapshot(
    Map<String, User> users,
    Map<String, SalesOrganization> organizations,
    Map<String, Integer> auditRecords) {

  static StoreSnapshot of(Ports ports) {
    return ports
        .unitOfWork()
        .inTransaction(
            () -> {
              Map<String, User> users = new LinkedHashMap<>();
              int offset = 0;
              Page<User> page;
              do {
                page =
                    ports
                        .users()
                        .find(new ListQuery(null, null, true, offset, ListQuery.MAX_LIMIT));
                page.items().forEach(user -> users.put(user.id().toString(), user));
                offset += page.items().size();
              } while (page.hasMore() && !page.items().isEmpty());
              Map<String, SalesOrganization> organizations = new LinkedHashMap<>();
              ports
                  .salesOrganizations()
                  .find(new ListQuery(null, null, true, 0, ListQuery.MAX_LIMIT))
                  .items()
                  .forEach(org -> organizations.put(org.id().toString(), org));
              Map<String, Integer> audit = new LinkedHashMap<>();
              users
                  .keySet()
                  .forEach(
                      id -> audit.put("User " + id, ports.auditLog().history("User", id).size()));
              organizations
                  .keySet()
                  .forEach(
                      id ->
                          audit.put(
                              "SalesOrganization " + id,
                              ports.auditLog().history("SalesOrganization", id).size()));
              return new StoreSnapshot(users, organizations, audit);
            });
  }

  /** What differs from {@code before}, one line per user, organization or audit trail. */
  List<String> differencesFrom(StoreSnapshot before) {
    List<String> differences = new ArrayList<>();
    compare("user", before.users, users, differences);
    compare("sales organization", before.organizations, organizations, differences);
    compare("audit records of", before.auditRecords, auditRecords, differences);
    return differences;
  }

  private static <T> void compare(
      String what, Map<String, T> before, Map<String, T> after, List<String> differences) {
    for (Map.Entry<String, T> entry : after.entrySet()) {
      T was = before.get(entry.getKey());
      if (!Objects.equals(was, entry.getValue())) {
        differences.add(
            what
                + " "
                + entry.getKey()
                + (was == null
                    ? " appeared: " + cut(String.valueOf(entry.getValue()))
                    : " changed: "
                        + change(String.valueOf(was), String.valueOf(entry.getValue()))));
      }
    }
    before.keySet().stream()
        .filter(key -> !after.containsKey(key))
        .forEach(key -> differences.add(what + " " + key + " disappeared"));
  }

  private static String cut(String value) {
    return FuzzRequest.printable(value, 800);
  }

  /** Where two texts differ: what was there and what is there now, with a little around it. */
  private static String change(String was, String now) {
    int start = 0;
    while (start < was.length() && start < now.length() && was.charAt(start) == now.charAt(start)) {
      start++;
    }
    int end = 0;
    while (end < was.length() - start
        && end < now.length() - start
        && was.charAt(was.length() - 1 - end) == now.charAt(now.length() - 1 - end)) {
      end++;
    }
    int from = Math.max(0, start - 60);
    return "..."
        + cut(was.substring(from, was.length() - end))
        + "...\n      now ..."
        + cut(now.substring(from, now.length() - end))
        + "...";
  }
}
