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
import io.closedloop.support.KeycloakServer;
import io.closedloop.support.LenientCookieJar;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
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
 * bearer tokens on the API, the authorization-code login of pages, and Keycloak groups in the engine.
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
    assertThat(get("/engine-rest/process-definition", token("alice")).statusCode()).isEqualTo(403);
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
    HttpResponse<String> received = post("/api/responses", token("alice"), """
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
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new LenientCookieJar())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String app = "http://127.0.0.1:" + port;

    HttpResponse<String> loginForm = follow(browser, URI.create(app + "/"));
    assertThat(loginForm.uri().toString()).as("%s %s", loginForm.statusCode(), loginForm.headers().map()).startsWith(KeycloakServer.get().issuer() + "/protocol/openid-connect/auth");
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginForm.body());
    assertThat(action.find()).as("Keycloak's login form").isTrue();

    HttpRequest credentials = page(URI.create(action.group(1).replace("&amp;", "&")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=mike&password=mike&credentialId=")).build();
    HttpResponse<String> landed = follow(browser, browser.send(credentials, HttpResponse.BodyHandlers.ofString()));

    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(landed.uri().getPath()).as("a manager lands on the team board").isEqualTo("/team");
    assertThat(landed.uri().toString()).doesNotContain("error");
    assertThat(landed.body()).contains("mike");
    HttpResponse<String> tasklistApi = browser.send(HttpRequest.newBuilder(
        URI.create(app + "/camunda/api/engine/engine/default/task/count")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(tasklistApi.statusCode()).isEqualTo(200);
    assertThat(tasklistApi.body()).contains("count");
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

  private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
