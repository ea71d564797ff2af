package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A check made before a change to the user is stale; one made after it, or a change to someone else, is not. */
class IdentityChangesTest {

  private final AuthenticationCache logins = new AuthenticationCache(Duration.ofMinutes(1), 100, Ticker.systemTicker());
  private final IdentityChanges changes = new IdentityChanges(logins);

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
}
