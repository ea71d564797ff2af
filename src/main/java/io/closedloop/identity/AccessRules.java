package io.closedloop.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import java.util.stream.Stream;
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
  /**
   * Who brings responses in by the batch or file: admins, managers and machine clients that write
   * responses. Single responses are for admins and those clients, since a response can open a case
   * and name a customer's details.
   */
  private static final String[] RESPONSE_IMPORTERS = authorities(roles(MANAGER, ADMIN), ClientScope.RESPONSES_WRITE);
  private static final String[] RESPONSE_WRITERS = authorities(roles(ADMIN), ClientScope.RESPONSES_WRITE);
  /** Who reads figures through the API: the roles that see a dashboard or the wall, and clients that read metrics. */
  private static final String[] METRICS_READERS = authorities(roles(MANAGER, LEADERSHIP, ADMIN, KIOSK), ClientScope.METRICS_READ);
  /** Who reads cases through the API: every staff role (each within its row-level rules) and clients that read cases. */
  private static final String[] CASE_API_READERS = authorities(roles(CASE_READERS), ClientScope.CASES_READ);
  /** Who scrapes the application's Prometheus metrics: admins and clients with that scope. */
  private static final String[] SCRAPERS = authorities(roles(ADMIN), ClientScope.METRICS_SCRAPE);
  private static final String[] PROCESS_OPERATORS = {DESIGNER, ADMIN};
  /** Who reads the processes' instances, history and decisions through the engine: Cockpit's users and leadership. */
  private static final String[] PROCESS_READERS = {DESIGNER, LEADERSHIP, ADMIN};
  /** The engine's REST API as the Camunda webapps call it, behind the page login. */
  private static final String WEBAPP_ENGINE_API = "/camunda/api/engine/engine/*";

  private AccessRules() {}

  private static String[] roles(String... roles) {
    return Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new);
  }

  private static String[] authorities(String[] roles, ClientScope scope) {
    return Stream.concat(Arrays.stream(roles), Stream.of(scope.authority())).toArray(String[]::new);
  }

  /**
   * The JSON API, the engine's REST API and the Prometheus scrape. Machine clients get only what
   * their scopes name; a survey tool's webhook is anonymous here and proves itself by its signature.
   */
  public static void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
    requests
        .requestMatchers(POST, "/api/hooks/*").permitAll()
        .requestMatchers("/actuator/prometheus").hasAnyAuthority(SCRAPERS)
        .requestMatchers(GET, "/api/metrics/**").hasAnyAuthority(METRICS_READERS)
        .requestMatchers("/api/notifications/**").hasAnyRole(STAFF)
        .requestMatchers(GET, "/api/root-causes").hasAnyRole(STAFF)
        .requestMatchers(POST, "/api/responses/batch", "/api/responses/import", "/api/sources/*/import").hasAnyAuthority(RESPONSE_IMPORTERS)
        .requestMatchers("/api/responses/**", "/api/responses").hasAnyAuthority(RESPONSE_WRITERS)
        .requestMatchers("/api/clients/**", "/api/clients", "/api/sources/**", "/api/sources").hasRole(ADMIN)
        .requestMatchers("/api/webhooks/**", "/api/webhooks").hasRole(ADMIN)
        .requestMatchers(GET, "/api/cases/**").hasAnyAuthority(CASE_API_READERS)
        .requestMatchers("/api/cases/**").hasAnyRole(CASE_WORKERS)
        .requestMatchers("/api/ideas/**", "/api/ideas").hasAnyRole(STAFF)
        .requestMatchers(GET, "/api/improvement-cycles/**", "/api/improvement-cycles").hasAnyRole(STAFF)
        .requestMatchers(POST, "/api/improvement-cycles/*/ideas").hasAnyRole(STAFF)
        .requestMatchers("/api/improvement-cycles/**", "/api/improvement-cycles").hasAnyRole(FACILITATORS)
        .requestMatchers("/api/settings/**", "/api/settings").hasRole(ADMIN)
        .requestMatchers("/api/customers/**").hasRole(ADMIN)
        .requestMatchers(GET, "/engine-rest/engine").hasAnyRole(STAFF);
    engine(requests, "/engine-rest");
    requests
        .requestMatchers("/engine-rest/**").hasRole(ADMIN)
        .requestMatchers(GET, "/api/**").hasAnyRole(STAFF)
        .anyRequest().hasAnyRole(CASE_WORKERS);
  }

  /**
   * The engine's REST API, the same at both doors ({@code /engine-rest} and the webapps' own): staff
   * work tasks and read what Tasklist shows; designers deploy and operate; only admins touch users,
   * groups, memberships, credentials and authorizations. The engine's authorizations
   * ({@link EngineGrants}) then say which tasks, definitions and instances each user sees.
   */
  private static void engine(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests, String api) {
    requests
        .requestMatchers(GET, api + "/user", api + "/user/count", api + "/user/*/profile", api + "/group", api + "/group/count",
            api + "/identity/groups", api + "/authorization/check").hasAnyRole(STAFF)
        .requestMatchers(api + "/user/**", api + "/user", api + "/group/**", api + "/group", api + "/identity/**",
            api + "/authorization/**", api + "/authorization", api + "/tenant/**", api + "/tenant").hasRole(ADMIN)
        .requestMatchers(POST, api + "/task/*/bpmnError/**", api + "/task/*/bpmnEscalation/**", api + "/task/*/identity-links/**",
            api + "/task/*/delegate/**", api + "/task/*/comment/**", api + "/task/*/attachment/**").hasRole(ADMIN)
        .requestMatchers(PUT, api + "/task/*", api + "/task/*/").hasRole(ADMIN)
        .requestMatchers(api + "/task", api + "/task/**", api + "/filter", api + "/filter/**").hasAnyRole(STAFF)
        .requestMatchers(GET, api + "/process-definition", api + "/process-definition/**", api + "/history/**").hasAnyRole(STAFF)
        .requestMatchers(api + "/deployment", api + "/deployment/**", api + "/migration/**", api + "/batch", api + "/batch/**")
            .hasAnyRole(PROCESS_OPERATORS)
        .requestMatchers(GET, api + "/process-instance", api + "/process-instance/**", api + "/decision-definition",
            api + "/decision-definition/**", api + "/decision-requirements-definition/**", api + "/execution", api + "/execution/**",
            api + "/variable-instance", api + "/variable-instance/**", api + "/incident", api + "/incident/**", api + "/job",
            api + "/job/**", api + "/job-definition", api + "/job-definition/**").hasAnyRole(PROCESS_READERS)
        .requestMatchers(POST, api + "/process-instance", api + "/process-instance/count", api + "/variable-instance",
            api + "/variable-instance/count", api + "/execution", api + "/execution/count", api + "/job", api + "/job/count",
            api + "/history/**").hasAnyRole(PROCESS_READERS)
        .requestMatchers(GET, api + "/version").hasAnyRole(STAFF);
  }

  /** Pages and the Camunda webapps. */
  public static void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
    requests
        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg").permitAll()
        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
        // a customer's unsubscribe link: proven by its signed token, not a login
        .requestMatchers("/u/*").permitAll()
        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
        .requestMatchers("/r/*").permitAll()
        .requestMatchers("/wall", "/wall/**").hasAnyRole(KIOSK, MANAGER, LEADERSHIP, ADMIN)
        .requestMatchers("/settings", "/settings/**").hasRole(ADMIN)
        .requestMatchers("/preferences", "/me").hasAnyRole(STAFF)
        .requestMatchers("/processes", "/processes/**").hasAnyRole(PROCESS_OPERATORS)
        .requestMatchers("/customers/**").hasRole(ADMIN)
        .requestMatchers("/team", "/team/**").hasAnyRole(FACILITATORS)
        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole(FIGURE_READERS)
        .requestMatchers("/processes", "/processes/**").hasAnyRole(PROCESS_OPERATORS)
        .requestMatchers("/inbox", "/inbox/**").hasAnyRole(CASE_WORKERS)
        .requestMatchers("/cases/**").hasAnyRole(CASE_READERS)
        .requestMatchers("/ideas", "/ideas/**").hasAnyRole(STAFF)
        .requestMatchers("/camunda/app/tasklist/**", "/camunda/app/welcome/**", "/camunda/api/tasklist/**",
            "/camunda/api/welcome/**").hasAnyRole(STAFF)
        .requestMatchers("/camunda/app/cockpit/**", "/camunda/api/cockpit/**").hasAnyRole(PROCESS_OPERATORS)
        .requestMatchers("/camunda/app/admin/**").hasRole(ADMIN)
        .requestMatchers("/camunda/api/admin/auth/user/*/login/**").denyAll()
        .requestMatchers("/camunda/api/admin/auth/**").hasAnyRole(STAFF)
        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
        .requestMatchers("/camunda/api/admin/**").hasRole(ADMIN)
        .requestMatchers("/camunda/lib/**", "/camunda/assets/**", "/camunda/app/*/styles/**", "/camunda/favicon.ico").hasAnyRole(STAFF)
        .requestMatchers(GET, "/camunda/api/engine/engine", "/camunda/api/engine/engine/").hasAnyRole(STAFF);
    engine(requests, WEBAPP_ENGINE_API);
    requests
        .requestMatchers("/camunda/api/engine/**").hasRole(ADMIN)
        .requestMatchers("/camunda/**").denyAll()
        .requestMatchers("/").authenticated()
        .anyRequest().hasAnyRole(STAFF);
  }
}
