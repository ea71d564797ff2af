package io.closedloop.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which role reaches which page and endpoint: the same rules whatever the login (passwords or
 * Keycloak). {@code docs/security.md} lists them as a matrix, and a test walks that matrix.
 * Rules about single cases (own teams, own cases) live with the cases.
 */
public final class AccessRules {

  private static final String AGENT = "AGENT";
  private static final String MANAGER = "MANAGER";
  private static final String DESIGNER = "DESIGNER";
  private static final String LEADERSHIP = "LEADERSHIP";
  private static final String ADMIN = "ADMIN";
  private static final String KIOSK = "KIOSK";
  /** Every role but the wall screen's kiosk: the people who work in ClosedLoop. */
  private static final String[] STAFF = {AGENT, MANAGER, DESIGNER, LEADERSHIP, ADMIN};
  private static final String[] CASE_READERS = {AGENT, MANAGER, DESIGNER, LEADERSHIP, ADMIN};
  private static final String[] CASE_WORKERS = {AGENT, MANAGER, ADMIN};
  private static final String[] FIGURE_READERS = {MANAGER, LEADERSHIP, ADMIN};
  private static final String[] FACILITATORS = {MANAGER, ADMIN};
  private static final String[] PROCESS_OPERATORS = {DESIGNER, ADMIN};
  /** Who works user tasks through the engine's REST API: Tasklist's users, and designers and admins. */
  private static final String[] TASK_WORKERS = {AGENT, MANAGER, DESIGNER, ADMIN};

  private AccessRules() {}

  /** The JSON API and the engine's REST API. */
  public static void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
    requests
        .requestMatchers(GET, "/api/metrics/**").hasAnyRole(MANAGER, LEADERSHIP, ADMIN, KIOSK)
        .requestMatchers("/api/notifications/**").hasAnyRole(STAFF)
        .requestMatchers(GET, "/api/root-causes").hasAnyRole(STAFF)
        .requestMatchers(POST, "/api/responses/**").hasAnyRole(CASE_WORKERS)
        .requestMatchers(GET, "/api/cases/**").hasAnyRole(CASE_READERS)
        .requestMatchers("/api/cases/**").hasAnyRole(CASE_WORKERS)
        .requestMatchers("/api/ideas/**", "/api/ideas").hasAnyRole(STAFF)
        .requestMatchers(GET, "/api/improvement-cycles/**", "/api/improvement-cycles").hasAnyRole(STAFF)
        .requestMatchers(POST, "/api/improvement-cycles/*/ideas").hasAnyRole(STAFF)
        .requestMatchers("/api/improvement-cycles/**", "/api/improvement-cycles").hasAnyRole(FACILITATORS)
        .requestMatchers("/api/settings/**", "/api/settings").hasRole(ADMIN)
        .requestMatchers("/engine-rest/task", "/engine-rest/task/**").hasAnyRole(TASK_WORKERS)
        .requestMatchers("/engine-rest/**").hasAnyRole(PROCESS_OPERATORS)
        .requestMatchers(GET, "/api/**").hasAnyRole(STAFF)
        .anyRequest().hasAnyRole(CASE_WORKERS);
  }

  /** Pages and the Camunda webapps. */
  public static void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
    requests
        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
        .requestMatchers("/wall", "/wall/**").hasAnyRole(KIOSK, MANAGER, LEADERSHIP, ADMIN)
        .requestMatchers("/settings", "/settings/**").hasRole(ADMIN)
        .requestMatchers("/team", "/team/**").hasAnyRole(FACILITATORS)
        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole(FIGURE_READERS)
        .requestMatchers("/inbox", "/inbox/**").hasAnyRole(CASE_WORKERS)
        .requestMatchers("/cases/**").hasAnyRole(CASE_READERS)
        .requestMatchers("/ideas", "/ideas/**").hasAnyRole(STAFF)
        .requestMatchers("/camunda/app/tasklist/**").hasAnyRole(AGENT, MANAGER, ADMIN)
        .requestMatchers("/camunda/app/cockpit/**", "/camunda/api/cockpit/**").hasAnyRole(PROCESS_OPERATORS)
        .requestMatchers("/camunda/app/admin/**").hasRole(ADMIN)
        .requestMatchers("/camunda/api/admin/auth/**").hasAnyRole(STAFF)
        .requestMatchers("/camunda/api/admin/**").hasRole(ADMIN)
        .requestMatchers(POST, "/camunda/api/engine/*/*/deployment/**").hasAnyRole(PROCESS_OPERATORS)
        .requestMatchers("/camunda/**").hasAnyRole(STAFF)
        .requestMatchers("/").authenticated()
        .anyRequest().hasAnyRole(STAFF);
  }
}
