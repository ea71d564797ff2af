package io.closedloop.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak realms of the compose setup: the demo realm (groups, demo users, the application's
 * clients with demo secrets), and the realm without demo, which must not drift from it.
 */
class KeycloakRealmTest {

  static final Path REALM_FILE = Path.of("docker", "keycloak", "closedloop-realm.json");
  static final Path PRODUCTION_REALM_FILE = Path.of("docker", "keycloak", "production", "closedloop-realm.json");
  static final Map<String, List<String>> DEMO_USERS = Map.of(
      "alice", List.of("agent", "customer-service"),
      "bob", List.of("agent", "customer-service"),
      "mike", List.of("manager", "customer-service"),
      "helen", List.of("manager", "cx-leads"),
      "dana", List.of("designer"),
      "lea", List.of("leadership"),
      "admin", List.of("admin", "camunda-admin"),
      "wall", List.of("kiosk"));

  static JsonNode realm;
  static JsonNode productionRealm;

  @BeforeAll
  static void readRealms() throws IOException {
    realm = new ObjectMapper().readTree(REALM_FILE.toFile());
    productionRealm = new ObjectMapper().readTree(PRODUCTION_REALM_FILE.toFile());
  }

  @Test
  void the_realm_without_demo_has_no_demo_user_only_the_first_administrator_from_the_environment() {
    List<JsonNode> people = StreamSupport.stream(productionRealm.path("users").spliterator(), false)
        .filter(user -> user.path("serviceAccountClientId").isMissingNode())
        .toList();

    assertThat(people).hasSize(1);
    JsonNode administrator = people.get(0);
    assertThat(administrator.path("username").asText()).isEqualTo("${CLOSEDLOOP_ADMIN_USERNAME}");
    assertThat(administrator.path("credentials").get(0).path("value").asText()).isEqualTo("${CLOSEDLOOP_ADMIN_PASSWORD}");
    assertThat(texts(administrator.path("groups"))).containsExactlyInAnyOrder("/admin", "/camunda-admin");
  }

  @Test
  void the_realm_without_demo_takes_its_client_secrets_from_the_environment() {
    assertThat(client(productionRealm, "closedloop").path("secret").asText()).isEqualTo("${KEYCLOAK_CLIENT_SECRET}");
    assertThat(client(productionRealm, "closedloop-identity").path("secret").asText()).isEqualTo("${KEYCLOAK_IDENTITY_CLIENT_SECRET}");
  }

  @Test
  void the_realm_without_demo_differs_from_the_demo_realm_only_in_its_people_and_secrets() {
    assertThat(withoutPeopleAndSecrets(productionRealm)).isEqualTo(withoutPeopleAndSecrets(realm));
    assertThat(serviceAccounts(productionRealm)).isEqualTo(serviceAccounts(realm));
  }

  private static JsonNode withoutPeopleAndSecrets(JsonNode realm) {
    ObjectNode copy = realm.deepCopy();
    copy.remove("users");
    copy.path("clients").forEach(client -> ((ObjectNode) client).remove("secret"));
    return copy;
  }

  private static List<JsonNode> serviceAccounts(JsonNode realm) {
    return StreamSupport.stream(realm.path("users").spliterator(), false)
        .filter(user -> !user.path("serviceAccountClientId").isMissingNode())
        .toList();
  }

  @Test
  void is_the_enabled_closedloop_realm() {
    assertThat(realm.path("realm").asText()).isEqualTo("closedloop");
    assertThat(realm.path("enabled").asBoolean()).isTrue();
  }

  @Test
  void issues_access_tokens_that_live_five_minutes() {
    assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
  }

  @Test
  void has_a_group_for_every_role_and_team() {
    assertThat(texts(realm.path("groups"), "name")).containsExactlyInAnyOrder(
        "agent", "manager", "designer", "leadership", "admin", "kiosk", "customer-service", "cx-leads", "camunda-admin");
  }

  @Test
  void has_the_demo_users_with_their_name_as_password_in_their_groups() {
    List<JsonNode> people = StreamSupport.stream(realm.path("users").spliterator(), false)
        .filter(user -> user.path("serviceAccountClientId").isMissingNode())
        .toList();
    assertThat(people).extracting(user -> user.path("username").asText()).containsExactlyInAnyOrderElementsOf(DEMO_USERS.keySet());
    for (JsonNode user : people) {
      String username = user.path("username").asText();
      assertThat(user.path("enabled").asBoolean()).as("%s is enabled", username).isTrue();
      JsonNode password = user.path("credentials").get(0);
      assertThat(password.path("type").asText()).isEqualTo("password");
      assertThat(password.path("value").asText()).as("password of %s", username).isEqualTo(username);
      assertThat(password.path("temporary").asBoolean()).isFalse();
      assertThat(texts(user.path("groups"))).as("groups of %s", username)
          .containsExactlyInAnyOrderElementsOf(DEMO_USERS.get(username).stream().map(group -> "/" + group).toList());
    }
  }

  @Test
  void has_a_confidential_closedloop_client_for_the_standard_flow() {
    JsonNode client = client();
    assertThat(client.path("publicClient").asBoolean()).isFalse();
    assertThat(client.path("secret").asText()).isNotBlank();
    assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(texts(client.path("redirectUris"))).contains("http://localhost:8080/*", "http://127.0.0.1/*");
  }

  @Test
  void puts_the_group_names_without_path_in_the_groups_claim() {
    JsonNode mapper = StreamSupport.stream(client().path("protocolMappers").spliterator(), false)
        .filter(candidate -> candidate.path("protocolMapper").asText().equals("oidc-group-membership-mapper"))
        .findFirst().orElseThrow(() -> new AssertionError("no group membership mapper on the client"));
    assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo("groups");
    assertThat(mapper.path("config").path("full.path").asText()).isEqualTo("false");
    assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
    assertThat(mapper.path("config").path("id.token.claim").asText()).isEqualTo("true");
  }

  @Test
  void the_client_secrets_match_the_ones_the_demo_override_gives_the_app() throws IOException {
    Map<String, String> environment = ComposeFile.demo().environment("app");
    assertThat(environment.get("KEYCLOAK_CLIENT_SECRET")).isEqualTo(client().path("secret").asText());
    assertThat(environment.get("KEYCLOAK_IDENTITY_CLIENT_SECRET")).isEqualTo(client("closedloop-identity").path("secret").asText());
  }

  @Test
  void lets_the_engine_read_users_and_groups_through_a_service_account() {
    assertThat(client("closedloop-identity").path("serviceAccountsEnabled").asBoolean()).isTrue();
    JsonNode serviceAccount = StreamSupport.stream(realm.path("users").spliterator(), false)
        .filter(user -> "closedloop-identity".equals(user.path("serviceAccountClientId").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no service account user for closedloop-identity"));
    assertThat(texts(serviceAccount.path("clientRoles").path("realm-management")))
        .contains("view-users", "query-users", "query-groups");
  }

  private static JsonNode client() {
    return client("closedloop");
  }

  private static JsonNode client(String clientId) {
    return client(realm, clientId);
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    return StreamSupport.stream(realm.path("clients").spliterator(), false)
        .filter(client -> client.path("clientId").asText().equals(clientId))
        .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId));
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.path(field).asText()));
    return texts;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
