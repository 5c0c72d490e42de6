package io.roster.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.roster.application.fixtures.Directory;
import io.roster.application.port.in.Precondition;
import io.roster.application.port.in.Principal;
import io.roster.application.port.in.Role;
import io.roster.application.port.in.user.UpdateUserCommand;
import io.roster.application.port.in.user.UserReferences;
import io.roster.application.port.in.user.UserView;
import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.field.Field;
import io.roster.domain.reference.Reference;
import io.roster.domain.reference.ReferenceItem;
import io.roster.domain.reference.ReferenceKind;
import io.roster.domain.user.Organisation;
import io.roster.domain.user.User;
import io.roster.domain.user.UserFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every view a use case answers with carries what the user's references point at. */
class UserReferencesTest {
  private final Directory directory = new Directory();

  private void assertResolved(UserView view) {
    User user = view.user();
    UserReferences references = view.references();
    assertThat(references.salesOrganization().id())
        .isEqualTo(user.organisation().salesOrganization());
    assertThat(references.role())
        .extracting(ReferenceItem::id)
        .isEqualTo(user.organisation().role());
    assertThat(references.userGroup())
        .extracting(ReferenceItem::id)
        .isEqualTo(user.organisation().userGroup());
    assertThat(references.otherGroups())
        .extracting(ReferenceItem::id)
        .containsExactlyElementsOf(user.organisation().otherGroups());
    assertThat(references.ticketCategories())
        .extracting(ReferenceItem::id)
        .containsExactlyElementsOf(user.organisation().ticketCategories());
    assertThat(references.country())
        .extracting(ReferenceItem::id)
        .isEqualTo(user.privateContact().country());
    assertThat(references.language())
        .extracting(ReferenceItem::id)
        .isEqualTo(user.person().language());
    assertThat(references.licences()).isEqualTo(directory.data.list(ReferenceKind.LICENCE));
  }

  @Test
  void get_find_and_update_answer_the_users_references() {
    User admin = directory.user("admin", Role.ADMINISTRATOR);
    Principal caller = directory.as(admin);
    User target = directory.user("target", Role.STANDARD);
    assertThat(target.organisation().otherGroups()).isNotEmpty();
    assertThat(target.privateContact().country()).isNotNull();

    assertResolved(directory.useCases.getUser().get(caller, target.id()));
    directory
        .useCases
        .findUsers()
        .find(caller, new io.roster.application.port.in.ListQuery(null, false, 0, 10))
        .items()
        .forEach(this::assertResolved);
    UserView updated =
        directory
            .useCases
            .updateUser()
            .update(
                new UpdateUserCommand(
                    caller,
                    target.id(),
                    null,
                    Precondition.none(),
                    Draft.<User>builder().set(UserFields.OTHER_GROUPS, java.util.Set.of()).build()))
            .after();
    assertResolved(updated);
    assertThat(updated.references().otherGroups()).isEmpty();
  }

  @Test
  void a_caller_who_may_not_read_the_role_is_not_shown_its_item() {
    User target = directory.user("target", Role.ADMINISTRATOR);
    Principal reader = directory.as(directory.user("reader", Role.READ_ONLY));

    UserView view = directory.useCases.getUser().get(reader, target.id());

    assertThat(view.user().organisation().role()).isNull();
    assertThat(view.references().role()).isNull();
  }

  @Test
  void more_items_in_a_list_than_a_user_may_have_are_one_error_and_none_is_looked_up() {
    User admin = directory.user("admin", Role.ADMINISTRATOR);
    User target = directory.user("target", Role.STANDARD);
    User before = directory.stored(target);
    for (Field<User, ?> list : List.of(UserFields.OTHER_GROUPS, UserFields.TICKET_CATEGORIES)) {
      Draft.Builder<User> draft = Draft.builder();
      for (int number = 1; number <= Organisation.MAX_ITEMS + 1; number++) {
        draft.refer(list, Reference.byNumber(number + 1000));
      }

      ValidationFailed failed =
          catchThrowableOfType(
              ValidationFailed.class,
              () ->
                  directory
                      .useCases
                      .updateUser()
                      .update(
                          new UpdateUserCommand(
                              directory.as(admin),
                              target.id(),
                              null,
                              Precondition.none(),
                              draft.build())));

      // each of them names no item: had one been looked up, it would be an error of its own
      assertThat(failed.errors())
          .containsExactly(FieldError.tooMany(list.name(), Organisation.MAX_ITEMS));
    }
    assertThat(directory.stored(target)).isEqualTo(before);
  }
}
