package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.closedloop.shared.ChangedElsewhere;
import io.closedloop.shared.MemoryChange;
import io.closedloop.shared.OtherNodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A check made before a change to the user is stale; one made after it, or a change to someone else, is not. */
class IdentityChangesTest {

  private final AuthenticationCache logins = new AuthenticationCache(Duration.ofMinutes(1), 100, Ticker.systemTicker());
  private final List<MemoryChange> told = new ArrayList<>();
  private final IdentityChanges changes = new IdentityChanges(logins, new OtherNodes() {
    @Override
    public void tell(MemoryChange change) {
      told.add(change);
    }

    @Override
    public void tellNow(MemoryChange change) {
      told.add(change);
    }
  });

  @Test
  void a_change_to_the_user_makes_an_earlier_check_stale_and_forgets_the_remembered_login() {
    logins.remember("alice", "secret", List.of(new SimpleGrantedAuthority("ROLE_AGENT")));
    long checked = changes.current();

    changes.userChanged("alice");

    assertThat(changes.changedSince("alice", checked)).isTrue();
    assertThat(changes.changedSince("alice", changes.current())).isFalse();
    assertThat(logins.authoritiesOf("alice", "secret")).isEmpty();
  }

  @Test
  void a_change_to_another_user_leaves_the_check_fresh() {
    long checked = changes.current();

    changes.userChanged("bob");

    assertThat(changes.changedSince("alice", checked)).isFalse();
  }

  @Test
  void a_deleted_group_makes_every_earlier_check_stale() {
    logins.remember("alice", "secret", List.of(new SimpleGrantedAuthority("ROLE_AGENT")));
    long checked = changes.current();

    changes.everyoneChanged();

    assertThat(changes.changedSince("alice", checked)).isTrue();
    assertThat(changes.changedSince("carol", checked)).isTrue();
    assertThat(logins.authoritiesOf("alice", "secret")).isEmpty();
  }

  @Test
  void a_change_here_is_told_to_the_other_nodes() {
    changes.userChanged("alice");
    changes.everyoneChanged();

    assertThat(told).containsExactly(MemoryChange.of(MemoryChange.USERS, "alice"), MemoryChange.all(MemoryChange.USERS));
  }

  @Test
  void a_user_changed_on_another_node_is_stale_here_too_and_not_told_back() {
    logins.remember("alice", "secret", List.of(new SimpleGrantedAuthority("ROLE_AGENT")));
    long checked = changes.current();

    changes.changedElsewhere(new ChangedElsewhere(MemoryChange.of(MemoryChange.USERS, "alice")));

    assertThat(changes.changedSince("alice", checked)).isTrue();
    assertThat(changes.changedSince("bob", checked)).isFalse();
    assertThat(logins.authoritiesOf("alice", "secret")).isEmpty();
    assertThat(told).isEmpty();
  }

  @Test
  void a_node_that_may_have_missed_changes_checks_everyone_again() {
    long checked = changes.current();

    changes.changedElsewhere(new ChangedElsewhere(MemoryChange.all(MemoryChange.EVERYTHING)));

    assertThat(changes.changedSince("bob", checked)).isTrue();
  }
}
