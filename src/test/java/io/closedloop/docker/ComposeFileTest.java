package io.closedloop.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker/compose.yaml} cannot be run here (no Docker engine), so this checks what can be
 * checked: its services, and that every environment variable it gives the app reaches a property
 * the application really reads.
 */
class ComposeFileTest {

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
    assertThat((List<String>) keycloak.get("volumes")).anySatisfy(volume ->
        assertThat(volume).startsWith("./keycloak:/opt/keycloak/data/import"));
    assertThat(Path.of("docker", "keycloak", "closedloop-realm.json")).exists();
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

  static Map<String, Object> service(String name) {
    return compose.service(name);
  }

  static Map<String, String> appEnvironment() {
    Map<String, String> variables = compose.environment("app");
    assertThat(variables).as("the app service has environment variables").isNotEmpty();
    return variables;
  }
}
