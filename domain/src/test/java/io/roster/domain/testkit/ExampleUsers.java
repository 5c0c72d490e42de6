package io.roster.domain.testkit;

import io.roster.domain.field.Draft;
import io.roster.domain.salesorg.SalesOrganizationId;
import io.roster.domain.user.AssociateId;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import io.roster.domain.user.UserId;
import java.util.UUID;

/**
 * Fixed example users for tests that read as sentences: user number {@code n} has the id {@code
 * 00000000-0000-0000-0000-00000000000n} and the associate id {@code n}.
 */
public final class ExampleUsers {
  private ExampleUsers() {}

  public static final SalesOrganizationId ORGANIZATION =
      SalesOrganizationId.of(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

  /** The id of user number {@code n}. */
  public static UserId id(int n) {
    return UserId.of(UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n)));
  }

  /**
   * A full draft (every writable field covered) for a person called {@code name}: user name and
   * e-mail {@code name@example.com}, first name {@code name}, last name Example, organization
   * {@link #ORGANIZATION}; every other field empty.
   */
  public static Draft.Builder<User> person(String name) {
    return Draft.covering(UserFields.ALL)
        .set(UserFields.USERNAME, name + "@example.com")
        .set(UserFields.FIRSTNAME, name)
        .set(UserFields.LASTNAME, "Example")
        .set(UserFields.EMAIL, name + "@example.com")
        .set(UserFields.SALES_ORGANIZATION, ORGANIZATION);
  }

  /**
   * User number {@code n} created from {@code draft} at {@link UserGen#EPOCH}, and put in {@code
   * directory}.
   */
  public static User created(int n, Draft.Builder<User> draft, MapUserDirectory directory) {
    User user =
        User.create(id(n), AssociateId.of(n), draft.build(), directory, UserGen.EPOCH).after();
    return directory.put(user);
  }
}
