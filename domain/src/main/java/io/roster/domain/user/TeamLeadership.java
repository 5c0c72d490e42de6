package io.roster.domain.user;

import io.roster.domain.failure.FieldError;
import io.roster.domain.failure.FieldError.Code;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of teams. A newly given team leader exists, is a team leader, is not archived, is not
 * the user, and does not lead (directly or not) to the user. A user who still leads members cannot
 * stop being a team leader. A leader that was already set is not checked again, so that what was
 * valid stays valid when the leader is later archived.
 */
final class TeamLeadership {
  private TeamLeadership() {}

  static List<FieldError> check(User candidate, User stored, UserDirectory directory) {
    List<FieldError> errors = new ArrayList<>();
    UserId leaderId = candidate.organisation().teamLeaderId();
    UserId previous = stored == null ? null : stored.organisation().teamLeaderId();
    if (leaderId != null && !leaderId.equals(previous)) {
      leaderProblem(candidate.id(), leaderId, directory).ifPresent(errors::add);
    }
    if (stored != null
        && stored.organisation().teamLeader()
        && !candidate.organisation().teamLeader()
        && directory.hasTeamMembers(candidate.id())) {
      errors.add(
          new FieldError(
              UserFields.IS_TEAM_LEADER.name(),
              Code.NOT_ALLOWED,
              "still leads team members; give them another team leader first"));
    }
    return errors;
  }

  private static Optional<FieldError> leaderProblem(
      UserId self, UserId leaderId, UserDirectory directory) {
    if (leaderId.equals(self)) {
      return notAllowed("a user cannot be their own team leader");
    }
    Optional<User> leader = directory.find(leaderId);
    if (leader.isEmpty()) {
      return Optional.of(
          new FieldError(UserFields.TEAM_LEADER.name(), Code.NOT_FOUND, "names no existing user"));
    }
    if (!leader.get().organisation().teamLeader()) {
      return notAllowed("is not a team leader");
    }
    if (leader.get().lifecycle().archived()) {
      return notAllowed("is archived");
    }
    if (leadsBackTo(self, leader.get(), directory)) {
      return notAllowed("would make a cycle of team leaders");
    }
    return Optional.empty();
  }

  private static Optional<FieldError> notAllowed(String message) {
    return Optional.of(new FieldError(UserFields.TEAM_LEADER.name(), Code.NOT_ALLOWED, message));
  }

  private static boolean leadsBackTo(UserId self, User leader, UserDirectory directory) {
    Set<UserId> seen = new HashSet<>();
    Optional<User> current = Optional.of(leader);
    while (current.isPresent()) {
      UserId next = current.get().organisation().teamLeaderId();
      if (next == null || !seen.add(next)) {
        return false;
      }
      if (next.equals(self)) {
        return true;
      }
      current = directory.find(next);
    }
    return false;
  }
}
