package io.closedloop.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** How users prove who they are: passwords in the default profile, Keycloak in the {@code keycloak} profile. */
public interface LoginMethod {

  /** Authentication of the JSON API and the engine's REST API, which keep no session. */
  void api(HttpSecurity http) throws Exception;

  /** Authentication of pages and the Camunda webapps. */
  void pages(HttpSecurity http) throws Exception;
}
