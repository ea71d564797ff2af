package io.closedloop.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.docker.ComposeFile.Interpolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker/compose.yaml} cannot be run here (no Docker engine), so this checks what can be
 * checked: its services, that it has no default for any secret and stops with a message naming each
 * missing one, and that every environment variable it gives the app reaches a property the
 * application really reads.
 */
class ComposeFileTest {

  /** The database password, Keycloak's client secrets, Keycloak's administrator and the first ClosedLoop administrator. */
  static final Set<String> SECRETS = Set.of(
      "POSTGRES_PASSWORD", "KEYCLOAK_CLIENT_SECRET", "KEYCLOAK_IDENTITY_CLIENT_SECRET", "KEYCLOAK_ADMIN_USERNAME",
      "KEYCLOAK_ADMIN_PASSWORD", "CLOSEDLOOP_ADMIN_USERNAME", "CLOSEDLOOP_ADMIN_PASSWORD");

  static ComposeFile compose;
  static ApplicationProperties properties;

  @BeforeAll
  static void readComposeFile() throws IOException {
    compose = ComposeFile.read();
    properties = ApplicationProperties.of(Path.of("src", "main", "resources"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void runs_the_app_with_postgresql_17_and_keycloak_26_7() {
    assertThat(compose.services()).containsOnlyKeys("app", "postgres", "keycloak");
    assertThat(service("postgres")).containsEntry("image", "postgres:17");
    assertThat(service("keycloak")).containsEntry("image", "quay.io/keycloak/keycloak:26.7");
    assertThat((Map<String, Object>) service("app").get("build")).containsEntry("dockerfile", "docker/Dockerfile");
  }

  @Test
  @SuppressWarnings("unchecked")
  void imports_the_closedloop_realm_into_keycloak() {
    Map<String, Object> keycloak = service("keycloak");
    assertThat((List<String>) keycloak.get("command")).contains("start-dev", "--import-realm");
    assertThat(compose.volumes("keycloak")).containsExactly("./keycloak/production:/opt/keycloak/data/import:ro");
    assertThat(Path.of("docker", "keycloak", "production", "closedloop-realm.json")).exists();
  }

  @Test
  void requires_every_secret_and_says_what_it_is_when_one_is_missing() {
    List<Interpolation> required = compose.interpolations().stream().filter(Interpolation::isRequired).toList();

    assertThat(required).extracting(Interpolation::name).containsOnlyElementsOf(SECRETS).containsAll(SECRETS);
    assertThat(required).allSatisfy(secret -> assertThat(secret.rest()).as("%s", secret.name()).startsWith(":?"))
        .allSatisfy(secret -> assertThat(secret.message()).as("the message for a missing %s", secret.name()).isNotBlank());
  }

  @Test
  void falls_back_to_no_default_for_any_secret() {
    assertThat(compose.interpolations())
        .filteredOn(variable -> SECRETS.contains(variable.name()) || looksSecret(variable.name()))
        .allSatisfy(secret -> assertThat(secret.isRequired()).as("%s is required, with no default", secret.name()).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"app", "postgres", "keycloak"})
  void every_secret_a_service_gets_comes_from_a_required_variable(String serviceName) {
    assertThat(compose.environment(serviceName)).allSatisfy((name, value) -> {
      if (looksSecret(name)) {
        assertThat(value).as("%s of %s", name, serviceName).matches("\\$\\{[A-Z_]+:\\?[^}]+}");
      }
    });
  }

  @Test
  void gives_the_app_and_postgres_the_same_database_password() {
    assertThat(appEnvironment().get("SPRING_DATASOURCE_PASSWORD"))
        .isEqualTo(compose.environment("postgres").get("POSTGRES_PASSWORD"))
        .startsWith("${POSTGRES_PASSWORD:?");
  }

  @Test
  void runs_without_demo_data() {
    assertThat(appEnvironment()).containsEntry("CLOSEDLOOP_DEMO_DATA", "false");
  }

  @Test
  void gives_keycloak_every_variable_its_realm_reads() throws IOException {
    String realm = Files.readString(KeycloakRealmTest.PRODUCTION_REALM_FILE);
    Matcher placeholder = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(realm);
    List<String> read = new ArrayList<>();
    while (placeholder.find()) {
      read.add(placeholder.group(1));
    }

    assertThat(read).isNotEmpty();
    assertThat(compose.environment("keycloak")).containsKeys(read.toArray(String[]::new));
  }

  @Test
  void points_the_app_at_the_postgres_service_and_not_at_an_embedded_database() {
    assertThat(appEnvironment()).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/closedloop")
        .containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
  }

  @Test
  void gives_the_app_the_documented_settings() {
    assertThat(appEnvironment()).containsKeys(
        "SPRING_PROFILES_ACTIVE", "CLOSEDLOOP_DEMO_DATA", "CLOSEDLOOP_ADMIN_USERNAME", "CLOSEDLOOP_ADMIN_PASSWORD",
        "CLOSEDLOOP_KEYCLOAK_URL", "KEYCLOAK_CLIENT_SECRET", "KEYCLOAK_IDENTITY_CLIENT_SECRET");
  }

  @Test
  void every_environment_variable_of_the_app_binds_to_a_property_the_application_defines() {
    assertThat(appEnvironment().keySet())
        .as("environment variables of the app that bind to no property")
        .filteredOn(variable -> !properties.binds(variable))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CLOSEDLOOP_DEMO_DATTA", "CLOSEDLOOP_ADMIN_USER", "CLOSEDLOOP_EMBEDDED_DB_DIR", "SPRING_DATASOURCE_URLL",
      "SPRING_PROFILE_ACTIVE", "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUER_URL",
      "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_SECRET", "KEYCLOAK_URL", "DATABASE_URL"})
  void a_variable_that_binds_to_nothing_is_caught(String variable) {
    assertThat(properties.binds(variable)).as("%s binds to a property", variable).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CLOSEDLOOP_EMBEDDEDDB_DATADIR", "CLOSEDLOOP_EMBEDDED_DB_DATA_DIR", "CLOSEDLOOP_EMBEDDEDDB_PORT", "PORT", "SERVER_PORT",
      "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_SCOPE", "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUERURI"})
  void a_variable_spelled_the_way_spring_binds_it_is_accepted(String variable) {
    assertThat(properties.binds(variable)).as("%s binds to a property", variable).isTrue();
  }

  /** Names of variables and environment entries that hold a secret, or a user name that goes with one. */
  static boolean looksSecret(String name) {
    return name.matches(".*(PASSWORD|SECRET|TOKEN|ADMIN_USERNAME).*");
  }

  static Map<String, Object> service(String name) {
    return compose.service(name);
  }

  static Map<String, String> appEnvironment() {
    Map<String, String> variables = compose.environment("app");
    assertThat(variables).as("the app service has environment variables").isNotEmpty();
    return variables;
  }
}
