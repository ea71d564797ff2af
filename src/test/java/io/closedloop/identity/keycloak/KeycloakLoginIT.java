package io.closedloop.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.closedloop.calendar.TeamCalendars;
import io.closedloop.calendar.WorkingTime;
import io.closedloop.support.KeycloakServer;
import io.closedloop.support.LenientCookieJar;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code keycloak} profile against a real Keycloak with the realm of {@code docker/keycloak/}:
 * bearer tokens on the API, the authorization-code login of pages, and Keycloak groups in the engine,
 * its teams among them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "closedloop.demo-data=false")
@ActiveProfiles({"test", "keycloak"})
class KeycloakLoginIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  TeamCalendars calendars;

  @DynamicPropertySource
  static void keycloak(DynamicPropertyRegistry registry) {
    KeycloakServer keycloak = KeycloakServer.get();
    registry.add("closedloop.keycloak.url", keycloak::url);
    registry.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> "closedloop-demo-secret");
    registry.add("plugin.identity.keycloak.client-secret", () -> "closedloop-identity-demo-secret");
  }

  @Test
  void an_agents_token_reads_the_case_api() throws Exception {
    assertThat(get("/api/cases", token("alice")).statusCode()).isEqualTo(200);
  }

  @Test
  void a_token_of_the_wrong_role_is_forbidden() throws Exception {
    assertThat(get("/api/cases", token("wall")).statusCode()).isEqualTo(403);
    assertThat(get("/engine-rest/process-instance", token("alice")).statusCode()).isEqualTo(403);
  }

  @Test
  void no_token_or_a_forged_one_is_unauthorized() throws Exception {
    assertThat(get("/api/cases", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/cases", "not-a-token").statusCode()).isEqualTo(401);
    assertThat(get("/api/cases", forgedAdminToken()).statusCode()).isEqualTo(401);
  }

  @Test
  void a_designers_token_reaches_the_engine_rest_api() throws Exception {
    HttpResponse<String> definitions = get("/engine-rest/process-definition?key=detractor-case", token("dana"));
    assertThat(definitions.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(definitions.body()).findValuesAsText("key")).contains("detractor-case");
  }

  @Test
  void a_keycloak_users_team_is_the_candidate_group_of_the_case_task() throws Exception {
    HttpResponse<String> received = post("/api/responses", token("admin"), """
        {"externalId": "kc-%s", "score": 4, "comment": "Slow answer", "answeredAt": "2026-01-05T10:00:00Z",
         "touchpoint": "customer-service", "team": "customer-service", "customer": {"externalId": "kc-customer"}}
        """.formatted(UUID.randomUUID()));
    assertThat(received.statusCode()).isEqualTo(201);
    String caseId = JSON.readTree(received.body()).path("caseId").asText();

    assertThat(identity.createGroupQuery().groupMember("alice").list()).extracting(Group::getId).contains("customer-service");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskCandidateUser("alice").count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskCandidateUser("dana").count()).isZero();
  }

  @Test
  void a_person_logs_in_through_keycloak_and_reaches_pages_and_the_camunda_webapps() throws Exception {
    HttpClient browser = browser();

    HttpResponse<String> landed = logIn(browser, "mike", "/");

    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(landed.uri().getPath()).as("a manager lands on the team board").isEqualTo("/team");
    assertThat(landed.uri().toString()).doesNotContain("error");
    assertThat(landed.body()).contains("mike");
    HttpResponse<String> tasklistApi = browser.send(HttpRequest.newBuilder(
        URI.create(app() + "/camunda/api/engine/engine/default/task/count")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(tasklistApi.statusCode()).isEqualTo(200);
    assertThat(tasklistApi.body()).contains("count");
  }

  @Test
  void an_admin_keeps_the_calendar_of_a_keycloak_team_in_the_settings() throws Exception {
    HttpClient browser = browser();

    HttpResponse<String> settings = logIn(browser, "admin", "/settings/calendars");
    assertThat(settings.statusCode()).isEqualTo(200);
    assertThat(settings.uri().getPath()).isEqualTo("/settings/calendars");
    assertThat(settings.body()).as("Keycloak's teams, and none of its role groups")
        .contains("id=\"team-calendar-customer-service\"", "id=\"team-calendar-cx-leads\"")
        .doesNotContain("id=\"team-calendar-manager\"", "id=\"team-calendar-camunda-admin\"");

    HttpResponse<String> saved = follow(browser, browser.send(form(URI.create(app() + "/settings/teams/customer-service/calendar"),
        "day=MONDAY&day=TUESDAY&day=WEDNESDAY&opensAt=07:30&closesAt=15:30&zone=Europe/Berlin&country=DE&_csrf="
            + URLEncoder.encode(csrfToken(settings.body()), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString()));

    assertThat(saved.uri().getPath()).isEqualTo("/settings/calendars");
    assertThat(saved.body()).contains("Working time of customer-service saved.", "value=\"07:30\"", "value=\"15:30\"");
    assertThat(calendars.savedWorkingTime("customer-service")).get().satisfies(stored -> {
      assertThat(stored.workingTime()).isEqualTo(new WorkingTime(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
          LocalTime.of(7, 30), LocalTime.of(15, 30), ZoneId.of("Europe/Berlin"), "DE"));
      assertThat(stored.updatedBy()).isEqualTo("admin");
    });
  }

  @Test
  void teams_and_their_members_are_changed_in_keycloak_not_in_the_settings() throws Exception {
    HttpClient browser = browser();
    HttpResponse<String> settings = logIn(browser, "admin", "/settings/teams");
    assertThat(settings.body()).contains("come from the company directory (Keycloak)").doesNotContain("Create team", "Add a member");

    HttpResponse<String> refused = follow(browser, browser.send(form(URI.create(app() + "/settings/teams/customer-service/members"),
        "user=dana&_csrf=" + URLEncoder.encode(csrfToken(settings.body()), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString()));

    assertThat(refused.uri().getPath()).isEqualTo("/settings/teams");
    assertThat(refused.body()).contains("Not saved: teams and their members are kept in the company directory (Keycloak), not here.");
    assertThat(identity.createUserQuery().memberOfGroup("customer-service").userId("dana").count()).isZero();
  }

  @Test
  void keycloak_users_cannot_get_past_their_role_through_the_engine() throws Exception {
    String alice = token("alice");
    String dana = token("dana");
    String intruder = "intruder" + UUID.randomUUID().toString().substring(0, 8);

    assertThat(send("POST", "/engine-rest/user/create", alice, "{\"profile\":{\"id\":\"" + intruder + "\"}}").statusCode()).isEqualTo(403);
    assertThat(send("PUT", "/engine-rest/group/admin/members/alice", alice, null).statusCode()).isEqualTo(403);
    assertThat(send("PUT", "/engine-rest/user/bob/credentials", alice, "{\"password\":\"x\"}").statusCode()).isEqualTo(403);
    assertThat(send("POST", "/engine-rest/group/create", dana, "{\"id\":\"" + intruder + "\"}").statusCode()).isEqualTo(403);
    assertThat(send("POST", "/engine-rest/authorization/create", dana,
        "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"dana\",\"resourceType\":4,\"resourceId\":\"*\"}").statusCode()).isEqualTo(403);
    assertThat(send("DELETE", "/engine-rest/process-instance/" + UUID.randomUUID(), dana, null).statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("dana").memberOfGroup("admin").count()).isZero();
  }

  @Test
  void a_keycloak_agent_sees_and_claims_only_the_tasks_of_their_team() throws Exception {
    HttpResponse<String> received = post("/api/responses", token("admin"), """
        {"externalId": "kc-%s", "score": 5, "touchpoint": "customer-service", "customer": {"externalId": "kc-claim"}}
        """.formatted(UUID.randomUUID()));
    assertThat(received.statusCode()).isEqualTo(201);
    String caseId = JSON.readTree(received.body()).path("caseId").asText();
    String task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();

    assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + caseId, token("helen")).body()).isEqualTo("[]");
    assertThat(send("POST", "/engine-rest/task/" + task + "/assignee", token("alice"), "{\"userId\":\"bob\"}").statusCode()).isEqualTo(403);
    assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + caseId, token("alice")).body()).contains(task);
    assertThat(send("POST", "/engine-rest/task/" + task + "/claim", token("alice"), "{\"userId\":\"alice\"}").statusCode()).isEqualTo(204);

    assertThat(JSON.readTree(get("/api/cases/" + caseId, token("alice")).body()).path("owner").asText()).isEqualTo("alice");
  }

  @Test
  void a_service_account_with_the_realm_role_responses_write_posts_a_response_that_opens_a_case() throws Exception {
    String token = serviceAccountToken("connector-" + UUID.randomUUID().toString().substring(0, 8), List.of("responses:write"), List.of());

    HttpResponse<String> received = post("/api/responses", token, """
        {"externalId": "kc-sa-%s", "score": 2, "touchpoint": "website", "customer": {"externalId": "kc-sa-customer"}}
        """.formatted(UUID.randomUUID()));

    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    assertThat(JSON.readTree(received.body()).path("caseId").isNull()).isFalse();
    assertThat(get("/api/metrics/nps", token).statusCode()).isEqualTo(403);
  }

  @Test
  void a_service_account_with_the_client_scope_metrics_read_reads_the_figures_and_posts_nothing() throws Exception {
    String token = serviceAccountToken("bi-" + UUID.randomUUID().toString().substring(0, 8), List.of(), List.of("metrics:read"));

    assertThat(JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("scope").asText()).contains("metrics:read");
    assertThat(get("/api/metrics/nps?groupBy=team", token).statusCode()).isEqualTo(200);
    assertThat(post("/api/responses", token, "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void closedloops_own_client_tokens_work_in_the_keycloak_profile_too() throws Exception {
    HttpResponse<String> created = post("/api/clients", token("admin"), "{\"name\": \"kc-own-%s\", \"scopes\": [\"cases:read\"]}"
        .formatted(UUID.randomUUID().toString().substring(0, 8)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String own = JSON.readTree(created.body()).path("token").asText();

    assertThat(get("/api/cases", own).statusCode()).isEqualTo(200);
    assertThat(get("/api/cases", own + "x").statusCode()).isEqualTo(401);
  }

  @Test
  void an_access_token_lives_five_minutes() throws Exception {
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token("alice").split("\\.")[1]));

    assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
  }

  /** Logs in through Keycloak's login form, starting at a page of the app; answers the page the browser lands on. */
  private HttpResponse<String> logIn(HttpClient browser, String user, String startPath) throws IOException, InterruptedException {
    HttpResponse<String> loginForm = follow(browser, URI.create(app() + startPath));
    assertThat(loginForm.uri().toString()).as("%s %s", loginForm.statusCode(), loginForm.headers().map())
        .startsWith(KeycloakServer.get().issuer() + "/protocol/openid-connect/auth");
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginForm.body());
    assertThat(action.find()).as("Keycloak's login form").isTrue();
    HttpRequest credentials = form(URI.create(action.group(1).replace("&amp;", "&")),
        "username=" + user + "&password=" + user + "&credentialId=");
    return follow(browser, browser.send(credentials, HttpResponse.BodyHandlers.ofString()));
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new LenientCookieJar()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private String app() {
    return "http://127.0.0.1:" + port;
  }

  private static HttpRequest form(URI uri, String fields) {
    return page(uri).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(fields)).build();
  }

  private static String csrfToken(String html) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as("a CSRF token in the page's forms").isTrue();
    return token.group(1);
  }

  private HttpResponse<String> follow(HttpClient browser, URI start) throws IOException, InterruptedException {
    return follow(browser, browser.send(page(start).build(), HttpResponse.BodyHandlers.ofString()));
  }

  private HttpResponse<String> follow(HttpClient browser, HttpResponse<String> response) throws IOException, InterruptedException {
    for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = browser.send(page(next).build(), HttpResponse.BodyHandlers.ofString());
    }
    return response;
  }

  /** A request as a browser makes it for a page. */
  private static HttpRequest.Builder page(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml");
  }

  private static String token(String user) throws IOException, InterruptedException {
    String form = Map.of("grant_type", "password", "client_id", "closedloop", "client_secret", "closedloop-demo-secret",
            "username", user, "password", user, "scope", "openid").entrySet().stream()
        .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .reduce((left, right) -> left + "&" + right).orElseThrow();
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(KeycloakServer.get().issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("token of %s: %s", user, response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    return body.path("access_token").asText();
  }

  /**
   * Creates a confidential client with a service account in the realm, through Keycloak's admin API,
   * gives its service account the realm roles and the (new) client scopes named, and answers a token
   * of its client-credentials grant.
   */
  private static String serviceAccountToken(String clientId, List<String> realmRoles, List<String> clientScopes) throws Exception {
    String admin = masterAdminToken();
    String realm = KeycloakServer.get().url() + "/admin/realms/closedloop";
    String secret = "secret-" + UUID.randomUUID();
    assertThat(adminCall("POST", realm + "/clients", admin, """
        {"clientId": "%s", "enabled": true, "protocol": "openid-connect", "publicClient": false, "secret": "%s",
         "serviceAccountsEnabled": true, "standardFlowEnabled": false, "directAccessGrantsEnabled": false}
        """.formatted(clientId, secret)).statusCode()).isEqualTo(201);
    String clientUuid = JSON.readTree(adminCall("GET", realm + "/clients?clientId=" + clientId, admin, null).body()).get(0).path("id").asText();
    String serviceUser = JSON.readTree(adminCall("GET", realm + "/clients/" + clientUuid + "/service-account-user", admin, null).body())
        .path("id").asText();
    for (String role : realmRoles) {
      String representation = adminCall("GET", realm + "/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8).replace("+", "%20"),
          admin, null).body();
      assertThat(adminCall("POST", realm + "/users/" + serviceUser + "/role-mappings/realm", admin, "[" + representation + "]")
          .statusCode()).isEqualTo(204);
    }
    for (String scope : clientScopes) {
      HttpResponse<String> created = adminCall("POST", realm + "/client-scopes", admin, """
          {"name": "%s", "protocol": "openid-connect", "attributes": {"include.in.token.scope": "true"}}
          """.formatted(scope));
      String scopeId = created.statusCode() == 201
          ? created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "")
          : ScopeList.idOfScope(adminCall("GET", realm + "/client-scopes", admin, null).body(), scope);
      assertThat(adminCall("PUT", realm + "/clients/" + clientUuid + "/default-client-scopes/" + scopeId, admin, null).statusCode())
          .isEqualTo(204);
    }
    String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret;
    HttpResponse<String> token = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(KeycloakServer.get().issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    return JSON.readTree(token.body()).path("access_token").asText();
  }

  private static String masterAdminToken() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(KeycloakServer.get().url() + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private static HttpResponse<String> adminCall(String method, String url, String token, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Finds a client scope's id by its name in the admin API's list. */
  private static final class ScopeList {
    static String idOfScope(String list, String name) throws Exception {
      for (JsonNode scope : JSON.readTree(list)) {
        if (name.equals(scope.path("name").asText())) {
          return scope.path("id").asText();
        }
      }
      throw new AssertionError("no client scope " + name);
    }
  }

  /** A token with an admin's claims and the right issuer, signed by a key Keycloak never had. */
  private static String forgedAdminToken() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(KeycloakServer.get().issuer())
        .subject(UUID.randomUUID().toString())
        .claim("preferred_username", "admin")
        .claim("groups", List.of("admin", "camunda-admin"))
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
