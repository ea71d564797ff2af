package io.closedloop.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Which users' groups, passwords or existence changed, counted in generations, so that a login
 * checked before a change is checked again on the user's next request: remembered API logins
 * are forgotten at once, and page sessions compare the generation they were checked at.
 * Told of every committed change to the engine's users and memberships, whatever the door
 * (our settings, Camunda Admin, {@code /engine-rest}). On this node only.
 */
@Component
public class IdentityChanges {

  private final AtomicLong generation = new AtomicLong();
  private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
  private volatile long everyoneChangedAt;
  private final AuthenticationCache authentications;

  IdentityChanges(AuthenticationCache authentications) {
    this.authentications = authentications;
  }

  /** The generation now: a check made now is fresh until the user changes. */
  public long current() {
    return generation.get();
  }

  public void userChanged(String userId) {
    changedAt.put(userId, generation.incrementAndGet());
    authentications.forget(userId);
  }

  /** A group was deleted or renamed: every member may have lost rights. */
  public void everyoneChanged() {
    everyoneChangedAt = generation.incrementAndGet();
    authentications.forgetAll();
  }

  /** True when the user changed after a check made at {@code checkedAt}. */
  public boolean changedSince(String userId, long checkedAt) {
    return everyoneChangedAt > checkedAt || changedAt.getOrDefault(userId, 0L) > checkedAt;
  }
}
