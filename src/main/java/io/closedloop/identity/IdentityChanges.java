package io.closedloop.identity;

import io.closedloop.shared.ChangedElsewhere;
import io.closedloop.shared.MemoryChange;
import io.closedloop.shared.OtherNodes;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which users' groups, passwords or existence changed, counted in generations, so that a login
 * checked before a change is checked again on the user's next request: remembered API logins
 * are forgotten at once, and page sessions compare the generation they were checked at.
 * Told of every committed change to the engine's users and memberships, whatever the door
 * (our settings, Camunda Admin, {@code /engine-rest}), on this node or, through {@link OtherNodes},
 * on another.
 */
@Component
public class IdentityChanges {

  private final String node = UUID.randomUUID().toString();
  private final AtomicLong generation = new AtomicLong();
  private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
  private volatile long everyoneChangedAt;
  private final AuthenticationCache authentications;
  private final OtherNodes otherNodes;

  IdentityChanges(AuthenticationCache authentications, OtherNodes otherNodes) {
    this.authentications = authentications;
    this.otherNodes = otherNodes;
  }

  /**
   * This node, for as long as it runs: generations count on one node only, so a check made on
   * another node (a shared page session) is not compared with this node's.
   */
  public String node() {
    return node;
  }

  /** The generation now: a check made now is fresh until the user changes. */
  public long current() {
    return generation.get();
  }

  /** A committed change of the user, here: forgotten on this node and told to the others. */
  public void userChanged(String userId) {
    forgetUser(userId);
    otherNodes.tellNow(MemoryChange.of(MemoryChange.USERS, userId));
  }

  /** A group was deleted or renamed: every member may have lost rights. */
  public void everyoneChanged() {
    forgetEveryone();
    otherNodes.tellNow(MemoryChange.all(MemoryChange.USERS));
  }

  @EventListener
  void changedElsewhere(ChangedElsewhere event) {
    MemoryChange change = event.change();
    if (change.concerns(MemoryChange.USERS)) {
      if (change.key() == null) {
        forgetEveryone();
      } else {
        forgetUser(change.key());
      }
    }
  }

  private void forgetUser(String userId) {
    changedAt.put(userId, generation.incrementAndGet());
    authentications.forget(userId);
  }

  private void forgetEveryone() {
    everyoneChangedAt = generation.incrementAndGet();
    authentications.forgetAll();
  }

  /** True when the user changed after a check made at {@code checkedAt}. */
  public boolean changedSince(String userId, long checkedAt) {
    return everyoneChangedAt > checkedAt || changedAt.getOrDefault(userId, 0L) > checkedAt;
  }
}
