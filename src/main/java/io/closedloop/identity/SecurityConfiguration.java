package io.closedloop.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may reach what. The JSON API, the engine's REST API and the Prometheus scrape keep no session; pages and the
 * Camunda webapps share one login with CSRF protection. {@link AccessRules} says which role
 * reaches what; the {@link LoginMethod} of the profile says how users prove who they are. Pages
 * carry the {@link PagePolicy}; over HTTPS (also as a trusted proxy forwards it, see
 * {@code server.forward-headers-strategy}) every response carries HSTS, Spring Security's default.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  /**
   * How long a page session's groups are trusted without a change being reported: the lifetime
   * of a Keycloak access token, whose directory changes without telling us.
   */
  static final Duration PAGE_SESSION_RECHECK = Duration.ofMinutes(5);

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, LoginMethod login) throws Exception {
    http
        .securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus")))
        .authorizeHttpRequests(AccessRules::api)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
    login.api(http);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageSecurity(HttpSecurity http, LoginMethod login, IdentityService identity, IdentityChanges changes)
      throws Exception {
    http
        .addFilterBefore(new FreshAuthorities(identity, changes, PAGE_SESSION_RECHECK, Clock.systemUTC()), AuthorizationFilter.class)
        .authorizeHttpRequests(AccessRules::pages)
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
        // the unsubscribe link's one-click POST comes from a mail client without a session (RFC 8058); its token proves it
        .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**", "/u/*"))
        .headers(headers -> headers
            .frameOptions(frame -> frame.sameOrigin())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .addHeaderWriter(PagePolicy.contentSecurityPolicy()))
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
            request -> "XMLHttpRequest".equals(request.getHeader("X-Requested-With")) || request.getHeader("HX-Request") != null));
    login.pages(http);
    return http.build();
  }

  /** Runs after Spring Security and hands its user to the Camunda webapps. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", SpringSecurityWebappAuthentication.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.setName("camunda-container-based-authentication");
    return registration;
  }

  /** Runs after Spring Security and makes its user the engine's current user for {@code /engine-rest}, as Tasklist's is. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.setName("camunda-engine-rest-authentication");
    return registration;
  }
}
