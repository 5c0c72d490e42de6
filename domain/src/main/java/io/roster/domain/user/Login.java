package io.roster.domain.user;

import static io.roster.domain.user.UserFields.EXTERNAL_CODE;
import static io.roster.domain.user.UserFields.INITIALS;
import static io.roster.domain.user.UserFields.NICK_NAME;
import static io.roster.domain.user.UserFields.USERNAME;

import io.roster.domain.field.Checks;
import java.util.ArrayList;
import java.util.List;

/** How a user logs on and is known to other systems. Each of these is unique among users. */
public record Login(String username, String initials, String nickName, String externalCode) {
  public Login {
    Checks.start()
        .check(USERNAME, username)
        .check(INITIALS, initials)
        .check(NICK_NAME, nickName)
        .check(EXTERNAL_CODE, externalCode)
        .orThrow();
  }

  /** The values no other user may hold; the user name ignoring case. */
  public List<UniqueKey> uniqueKeys() {
    List<UniqueKey> keys = new ArrayList<>(4);
    keys.add(UniqueKey.username(username));
    if (initials != null && !initials.isBlank()) {
      keys.add(new UniqueKey(UniqueKey.Kind.INITIALS, initials));
    }
    if (nickName != null && !nickName.isBlank()) {
      keys.add(new UniqueKey(UniqueKey.Kind.NICK_NAME, nickName));
    }
    if (externalCode != null && !externalCode.isBlank()) {
      keys.add(new UniqueKey(UniqueKey.Kind.EXTERNAL_CODE, externalCode));
    }
    return keys;
  }
}
