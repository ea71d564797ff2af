package io.closedloop.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * The default profile's login: HTTP Basic for the API, a login form for pages, both against the
 * engine's users and both held back by the {@link LoginThrottle} after repeated failures. Machine
 * clients call the API with their bearer tokens ({@link BearerTokens}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class PasswordLogin implements LoginMethod {

  private final ObjectMapper json;
  private final BearerTokens bearerTokens;

  PasswordLogin(ObjectMapper json, BearerTokens bearerTokens) {
    this.json = json;
    this.bearerTokens = bearerTokens;
  }

  @Bean
  AuthenticationManager authenticationManager(IdentityService identity, AuthenticationCache cache, LoginThrottle throttle) {
    return new ProviderManager(new EngineIdentityAuthenticationProvider(identity, cache, throttle));
  }

  @Override
  public void api(HttpSecurity http) throws Exception {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("ClosedLoop");
    ThrottledLoginEntryPoint entryPoint = new ThrottledLoginEntryPoint(basic, json);
    http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(entryPoint))
        .oauth2ResourceServer(server -> server.authenticationManagerResolver(bearerTokens.machineClients()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint));
  }

  @Override
  public void pages(HttpSecurity http) throws Exception {
    ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
    failures.setDefaultFailureUrl("/login?error");
    failures.setExceptionMappings(Map.of(LoginThrottled.class.getName(), "/login?throttled"));
    http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failures).permitAll());
  }
}
