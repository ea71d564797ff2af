package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.mock.web.MockHttpServletRequest;

/** Recent successful logins skip the engine; anything else still asks it, unless the throttle refuses it first. */
class EngineIdentityAuthenticationProviderTest {

  private final IdentityService identity = mock(IdentityService.class);
  private static final String ATTACKER = "203.0.113.7";
  private static final String OFFICE = "198.51.100.20";

  private final AtomicLong nanos = new AtomicLong();
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleSettings(5, 30, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 1000),
      new LoginThrottleTest.MovingClock());

  @BeforeEach
  void anIdentityServiceThatKnowsAnn() {
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("ann", "secret")).thenReturn(true);
    GroupQuery groups = mock(GroupQuery.class);
    when(identity.createGroupQuery()).thenReturn(groups);
    when(groups.groupMember("ann")).thenReturn(groups);
    when(groups.list()).thenReturn(List.of(new GroupEntity("agent"), new GroupEntity("customer-service")));
  }

  @Test
  void a_second_login_with_the_same_password_does_not_ask_the_engine_again() {
    EngineIdentityAuthenticationProvider provider = providerCachingFor(Duration.ofSeconds(60));

    Authentication first = provider.authenticate(login("ann", "secret"));
    Authentication second = provider.authenticate(login("ann", "secret"));

    verify(identity, times(1)).checkPassword("ann", "secret");
    verify(identity, times(1)).createGroupQuery();
    assertThat(authorityNames(second)).isEqualTo(authorityNames(first)).contains("ROLE_AGENT", "GROUP_customer-service");
    assertThat(second.getCredentials()).isNull();
  }

  @Test
  void a_wrong_password_after_a_success_is_checked_by_the_engine_and_fails() {
    EngineIdentityAuthenticationProvider provider = providerCachingFor(Duration.ofSeconds(60));
    provider.authenticate(login("ann", "secret"));

    assertThatThrownBy(() -> provider.authenticate(login("ann", "wrong"))).isInstanceOf(BadCredentialsException.class);

    verify(identity, times(1)).checkPassword("ann", "wrong");
  }

  @Test
  void a_wrong_password_does_not_make_the_remembered_success_be_checked_again() {
    EngineIdentityAuthenticationProvider provider = providerCachingFor(Duration.ofSeconds(60));
    provider.authenticate(login("ann", "secret"));
    assertThatThrownBy(() -> provider.authenticate(login("ann", "wrong"))).isInstanceOf(BadCredentialsException.class);

    provider.authenticate(login("ann", "secret"));

    verify(identity, times(1)).checkPassword("ann", "secret");
  }

  @Test
  void a_throttled_address_is_refused_without_a_password_check_even_with_a_remembered_password() {
    EngineIdentityAuthenticationProvider provider = providerCachingFor(Duration.ofSeconds(60));
    provider.authenticate(loginFrom("ann", "secret", OFFICE));
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThatThrownBy(() -> provider.authenticate(loginFrom("ann", "guess", ATTACKER))).isInstanceOf(BadCredentialsException.class);
    }

    assertThatThrownBy(() -> provider.authenticate(loginFrom("ann", "secret", ATTACKER))).isInstanceOf(LoginThrottled.class);
    assertThatThrownBy(() -> provider.authenticate(loginFrom("ann", "guess", ATTACKER))).isInstanceOf(LoginThrottled.class);

    verify(identity, times(5)).checkPassword("ann", "guess");
    verify(identity, times(1)).checkPassword("ann", "secret");
  }

  @Test
  void the_user_still_logs_in_from_another_address_while_one_is_throttled() {
    EngineIdentityAuthenticationProvider provider = providerCachingFor(Duration.ofSeconds(60));
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThatThrownBy(() -> provider.authenticate(loginFrom("ann", "guess", ATTACKER))).isInstanceOf(BadCredentialsException.class);
    }

    assertThat(provider.authenticate(loginFrom("ann", "secret", OFFICE)).isAuthenticated()).isTrue();
  }

  @Test
  void failures_are_never_remembered() {
    EngineIdentityAuthenticationProvider provider = providerCachingFor(Duration.ofSeconds(60));

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> provider.authenticate(login("ann", "wrong"))).isInstanceOf(BadCredentialsException.class);
    }

    verify(identity, times(2)).checkPassword("ann", "wrong");
  }

  @Test
  void a_time_to_live_of_zero_asks_the_engine_every_time() {
    EngineIdentityAuthenticationProvider provider = providerCachingFor(Duration.ZERO);

    provider.authenticate(login("ann", "secret"));
    provider.authenticate(login("ann", "secret"));

    verify(identity, times(2)).checkPassword("ann", "secret");
  }

  @Test
  void a_remembered_login_expires_after_the_time_to_live() {
    EngineIdentityAuthenticationProvider provider = providerCachingFor(Duration.ofSeconds(60));
    provider.authenticate(login("ann", "secret"));

    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    provider.authenticate(login("ann", "secret"));
    verify(identity, times(1)).checkPassword("ann", "secret");

    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    provider.authenticate(login("ann", "secret"));
    verify(identity, times(2)).checkPassword("ann", "secret");
  }

  @Test
  void a_forgotten_user_is_checked_by_the_engine_again() {
    AuthenticationCache cache = new AuthenticationCache(Duration.ofSeconds(60), 100, nanos::get);
    EngineIdentityAuthenticationProvider provider = new EngineIdentityAuthenticationProvider(identity, cache, throttle);
    provider.authenticate(login("ann", "secret"));

    cache.forget("ann");
    provider.authenticate(login("ann", "secret"));

    verify(identity, times(2)).checkPassword("ann", "secret");
  }

  private EngineIdentityAuthenticationProvider providerCachingFor(Duration ttl) {
    return new EngineIdentityAuthenticationProvider(identity, new AuthenticationCache(ttl, 100, nanos::get), throttle);
  }

  private static Authentication login(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  private static Authentication loginFrom(String user, String password, String address) {
    UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    login.setDetails(new WebAuthenticationDetails(request));
    return login;
  }

  private static List<String> authorityNames(Authentication authentication) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }
}
