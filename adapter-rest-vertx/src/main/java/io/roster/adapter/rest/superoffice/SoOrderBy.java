package io.roster.adapter.rest.superoffice;

import io.roster.adapter.rest.http.HttpProblem;
import io.roster.application.port.in.SortKey;
import io.roster.domain.user.UserFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The list's {@code $orderBy} (OData): comma-separated properties, each optionally followed by
 * {@code asc} or {@code desc}, names ignoring case, over an allow-list; anything else is a 400
 * naming {@code $orderBy}.
 */
final class SoOrderBy {
  static final String PARAMETER = "$orderBy";
  private static final int MAX_LENGTH = 500;
  private static final String ASSOCIATE_ID = "associateid";
  private static final Map<String, SortKey> PROPERTIES =
      Map.of(
          "username", new SortKey(UserFields.USERNAME, false),
          "name", new SortKey(UserFields.INITIALS, false),
          "nickname", new SortKey(UserFields.NICK_NAME, false),
          "firstname", new SortKey(UserFields.FIRSTNAME, false),
          "lastname", new SortKey(UserFields.LASTNAME, false),
          "email", new SortKey(UserFields.EMAIL, false),
          "rank", new SortKey(UserFields.RANK, false));

  private SoOrderBy() {}

  /** The sort keys of {@code text}; none for no text. */
  static List<SortKey> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    if (text.length() > MAX_LENGTH) {
      throw problem("is longer than " + MAX_LENGTH + " characters");
    }
    List<SortKey> keys = new ArrayList<>();
    for (String term : text.split(",", -1)) {
      String[] words = term.trim().split("\\s+");
      if (words.length > 2 || words[0].isEmpty()) {
        throw problem("'" + term.trim() + "' is not a property with an optional asc or desc");
      }
      boolean descending = words.length == 2 && direction(words[1]);
      keys.add(key(words[0].toLowerCase(Locale.ROOT), descending));
    }
    return keys;
  }

  private static boolean direction(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!lower.equals("asc") && !lower.equals("desc")) {
      throw problem("'" + word + "' is not asc or desc");
    }
    return lower.equals("desc");
  }

  private static SortKey key(String name, boolean descending) {
    if (name.equals(ASSOCIATE_ID)) {
      return SortKey.byNumber(descending);
    }
    SortKey key = PROPERTIES.get(name);
    if (key == null) {
      throw problem(
          "cannot order by '"
              + name
              + "'; use associateId, "
              + String.join(", ", PROPERTIES.keySet().stream().sorted().toList()));
    }
    return new SortKey(key.field(), descending);
  }

  private static HttpProblem problem(String message) {
    return new HttpProblem(400, PARAMETER, PARAMETER + " " + message + ".");
  }
}
