package io.closedloop.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Staff mail addresses and teams from the engine's identity service (the local directory, or
 * Keycloak through it). An escalation sweep mails the same managers many times, so each user's
 * contact is remembered for a minute, and forgotten at once when the user or a group changes
 * ({@link IdentityChanges}).
 */
@Component
class DirectoryStaffContacts implements StaffContacts {

  private static final Duration REMEMBERED = Duration.ofMinutes(1);

  private final IdentityService identity;
  private final IdentityChanges changes;
  private final Cache<String, Contact> contacts = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(10_000).build();

  DirectoryStaffContacts(IdentityService identity, IdentityChanges changes) {
    this.identity = identity;
    this.changes = changes;
  }

  @Override
  public Optional<String> emailOf(String userId) {
    return userId == null ? Optional.empty() : contactOf(userId).email();
  }

  @Override
  public List<String> teamsOf(String userId) {
    return userId == null ? List.of() : contactOf(userId).teams();
  }

  private Contact contactOf(String userId) {
    Contact known = contacts.getIfPresent(userId);
    if (known != null && !changes.changedSince(userId, known.checkedAt())) {
      return known;
    }
    long checkedAt = changes.current();
    User user = identity.createUserQuery().userId(userId).singleResult();
    Optional<String> email = Optional.ofNullable(user).map(User::getEmail).map(String::strip).filter(address -> !address.isEmpty());
    List<String> teams = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .filter(TeamGroups::isTeam).sorted().toList();
    Contact fresh = new Contact(email, teams, checkedAt);
    contacts.put(userId, fresh);
    return fresh;
  }

  private record Contact(Optional<String> email, List<String> teams, long checkedAt) {}
}
