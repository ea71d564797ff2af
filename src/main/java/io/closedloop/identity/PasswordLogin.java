package io.closedloop.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/** The default profile's login: HTTP Basic for the API, a login form for pages, both against the engine's users. */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class PasswordLogin implements LoginMethod {

  @Bean
  AuthenticationManager authenticationManager(IdentityService identity, AuthenticationCache cache) {
    return new ProviderManager(new EngineIdentityAuthenticationProvider(identity, cache));
  }

  @Override
  public void api(HttpSecurity http) throws Exception {
    BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName("ClosedLoop");
    http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint));
  }

  @Override
  public void pages(HttpSecurity http) throws Exception {
    http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
  }
}
