package io.roster.domain.user;

import static io.roster.domain.user.UserFields.EJ_USER_ID;
import static io.roster.domain.user.UserFields.REQUEST_SIGNATURE;

import io.roster.domain.credential.Credential;
import io.roster.domain.credential.Credentials;
import io.roster.domain.field.Checks;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What the user may use and how they authenticate. */
public record Access(
    Set<String> licences,
    List<Credential> credentials,
    boolean disabled,
    boolean waitingForApproval,
    boolean onTravel,
    int ejUserId,
    String requestSignature) {
  public Access {
    credentials = credentials == null ? List.of() : List.copyOf(credentials);
    Checks.start()
        .check(EJ_USER_ID, ejUserId)
        .check(REQUEST_SIGNATURE, requestSignature)
        .addAll(Credentials.duplicateTypes(credentials))
        .orThrow();
    TreeSet<String> codes = new TreeSet<>();
    if (licences != null) {
      licences.forEach(code -> codes.add(code.toLowerCase(Locale.ROOT)));
    }
    licences = Collections.unmodifiableSortedSet(codes);
  }
}
