package io.roster.domain.user;

import static io.roster.domain.testkit.ExampleUsers.created;
import static io.roster.domain.testkit.ExampleUsers.id;
import static io.roster.domain.testkit.ExampleUsers.person;
import static io.roster.domain.testkit.UserGen.EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import io.roster.domain.failure.ValidationFailed;
import io.roster.domain.field.Draft;
import io.roster.domain.testkit.MapUserDirectory;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TeamLeadershipTest {
  private static final Instant LATER = EPOCH.plusSeconds(3600);

  private final MapUserDirectory directory = new MapUserDirectory();
  private final User lea = created(1, leader("lea"), directory);

  @Test
  void a_team_leader_who_is_active_can_lead_a_new_user() {
    User mia = created(2, person("mia").set(UserFields.TEAM_LEADER, lea.id()), directory);

    assertThat(mia.organisation().teamLeaderId()).isEqualTo(lea.id());
  }

  @Test
  void a_user_cannot_be_their_own_team_leader() {
    assertRejected(
        () ->
            lea.update(
                leader("lea").set(UserFields.TEAM_LEADER, lea.id()).build(), directory, LATER),
        "teamLeader",
        Code.NOT_ALLOWED,
        "own team leader");
  }

  @Test
  void a_user_who_is_not_a_team_leader_cannot_lead() {
    User bob = created(2, person("bob"), directory);

    assertRejected(
        () -> create(3, person("mia").set(UserFields.TEAM_LEADER, bob.id())),
        "teamLeader",
        Code.NOT_ALLOWED,
        "not a team leader");
  }

  @Test
  void an_archived_team_leader_cannot_be_given_as_leader() {
    directory.put(lea.archive(LATER).after());

    assertRejected(
        () -> create(2, person("mia").set(UserFields.TEAM_LEADER, lea.id())),
        "teamLeader",
        Code.NOT_ALLOWED,
        "archived");
  }

  @Test
  void a_team_leader_that_names_no_user_is_not_found() {
    assertRejected(
        () -> create(2, person("mia").set(UserFields.TEAM_LEADER, id(99))),
        "teamLeader",
        Code.NOT_FOUND,
        "no existing user");
  }

  @Test
  void a_leader_who_would_close_a_cycle_of_leaders_is_rejected() {
    User bob = created(2, leader("bob").set(UserFields.TEAM_LEADER, lea.id()), directory);
    User cid = created(3, leader("cid").set(UserFields.TEAM_LEADER, bob.id()), directory);

    assertRejected(
        () ->
            lea.update(
                leader("lea").set(UserFields.TEAM_LEADER, cid.id()).build(), directory, LATER),
        "teamLeader",
        Code.NOT_ALLOWED,
        "cycle");
  }

  @Test
  void a_leader_who_still_has_members_cannot_stop_being_a_team_leader() {
    created(2, person("mia").set(UserFields.TEAM_LEADER, lea.id()), directory);

    assertRejected(
        () -> lea.update(person("lea").build(), directory, LATER),
        "isTeamLeader",
        Code.NOT_ALLOWED,
        "still leads");
  }

  @Test
  void a_leader_without_members_can_stop_being_a_team_leader() {
    User after = lea.update(person("lea").build(), directory, LATER).after();

    assertThat(after.organisation().teamLeader()).isFalse();
  }

  @Test
  void a_leader_set_before_it_was_archived_stays_valid_when_the_member_is_updated() {
    User mia = created(2, person("mia").set(UserFields.TEAM_LEADER, lea.id()), directory);
    directory.put(lea.archive(LATER).after());

    User after =
        mia.update(
                person("mia")
                    .set(UserFields.TEAM_LEADER, lea.id())
                    .set(UserFields.PHONE, "+32 2 555 01 02")
                    .build(),
                directory,
                LATER)
            .after();

    assertThat(after.organisation().teamLeaderId()).isEqualTo(lea.id());
    assertThat(after.person().phone()).isEqualTo("+32 2 555 01 02");
  }

  private static Draft.Builder<User> leader(String name) {
    return person(name).set(UserFields.IS_TEAM_LEADER, true);
  }

  private User create(int n, Draft.Builder<User> draft) {
    return User.create(id(n), AssociateId.of(n), draft.build(), directory, EPOCH).after();
  }

  private static void assertRejected(
      ThrowingCallable work, String field, Code code, String because) {
    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, work);

    assertThat(failure).as("a validation failure").isNotNull();
    assertThat(failure.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple(field, code));
    assertThat(failure.errors().get(0).message()).contains(because);
  }
}
