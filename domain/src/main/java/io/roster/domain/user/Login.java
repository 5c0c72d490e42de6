package io.roster.domain.user;

import static io.roster.domain.user.UserFields.EXTERNAL_CODE;
import static io.roster.domain.user.UserFields.INITIALS;
import static io.roster.domain.user.UserFields.NICK_NAME;
import static io.roster.domain.user.UserFields.USERNAME;

import io.roster.domain.field.Checks;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a user logs on and is known to other systems. Each of these is unique among users, ignoring
 * case and surrounding whitespace ({@link UniqueKey}); they are kept without surrounding
 * whitespace, in the case they were given.
 */
public record Login(String username, String initials, String nickName, String externalCode) {
  public Login {
    username = stripped(username);
    initials = stripped(initials);
    nickName = stripped(nickName);
    externalCode = stripped(externalCode);
    Checks.start()
        .check(USERNAME, username)
        .check(INITIALS, initials)
        .check(NICK_NAME, nickName)
        .check(EXTERNAL_CODE, externalCode)
        .orThrow();
  }

  /** The values no other user may hold, as keys. */
  public List<UniqueKey> uniqueKeys() {
    return Stream.of(
            UniqueKey.of(UniqueKey.Kind.USERNAME, username),
            UniqueKey.of(UniqueKey.Kind.INITIALS, initials),
            UniqueKey.of(UniqueKey.Kind.NICK_NAME, nickName),
            UniqueKey.of(UniqueKey.Kind.EXTERNAL_CODE, externalCode))
        .flatMap(Optional::stream)
        .toList();
  }

  /** {@code text} without surrounding whitespace; {@code null} when nothing is left. */
  static String stripped(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
