package io.roster.domain.testkit;

import io.roster.domain.credential.Credential;
import io.roster.domain.customfield.CustomFields;
import io.roster.domain.field.Field;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The invariants of one user, checked from the outside (not through the constructors that enforce
 * them), so that a property can state "every invariant holds".
 */
public final class UserInvariants {
  private UserInvariants() {}

  /** A sentence for each invariant {@code user} breaks; empty when it keeps them all. */
  public static List<String> violations(User user) {
    List<String> violations = new ArrayList<>();
    for (Field<User, ?> field : UserFields.ALL) {
      Object value = field.get(user);
      boolean absent = value == null || (value instanceof String s && s.isBlank());
      if (field.isRequired() && absent) {
        violations.add(field + " is required");
      }
      if (value instanceof String text
          && field.maxLength() > 0
          && text.length() > field.maxLength()) {
        violations.add(field + " is longer than " + field.maxLength());
      }
      if (value instanceof String text
          && field.kind() == Field.Kind.EMAIL
          && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        violations.add(field + " is not an e-mail address");
      }
      if (value instanceof Integer n && (n < field.min() || n > field.max())) {
        violations.add(field + " is out of range");
      }
    }
    if (user.id().equals(user.organisation().teamLeaderId())) {
      violations.add("the user leads themselves");
    }
    Set<String> types = new HashSet<>();
    for (Credential credential : user.access().credentials()) {
      if (!types.add(credential.type().toLowerCase(Locale.ROOT))) {
        violations.add("two credentials of type " + credential.type());
      }
    }
    user.customFields()
        .values()
        .forEach(
            (name, value) -> {
              if (value.length() > CustomFields.MAX_VALUE_LENGTH) {
                violations.add("custom field " + name + " is too long");
              }
            });
    return violations;
  }
}
