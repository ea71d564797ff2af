package io.closedloop.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.docker.ComposeFile.Interpolation;
import java.io.IOException;
import java.nio.file.Path;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docker/compose.demo.yaml} on top of {@code docker/compose.yaml}: the demo, with its data,
 * its realm and well-known secrets, so that the demo starts with no secret set.
 */
class DemoOverrideTest {

  static final java.util.Set<String> MAIL_SETTINGS = java.util.Set.of("SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "CLOSEDLOOP_PUBLIC_URL");

  static ComposeFile base;
  static ComposeFile override;
  static ComposeFile demo;

  @BeforeAll
  static void readComposeFiles() throws IOException {
    base = ComposeFile.read();
    override = ComposeFile.read(ComposeFile.DEMO_PATH);
    demo = ComposeFile.demo();
  }

  @Test
  void supplies_every_secret_the_compose_file_requires() {
    assertThat(demo.interpolations()).as("required variables left after merging the demo override")
        .filteredOn(Interpolation::isRequired)
        .isEmpty();
  }

  @Test
  void a_merge_that_forgot_a_secret_would_be_caught() {
    ComposeFile withoutOverride = base.mergedWith(base);

    assertThat(withoutOverride.interpolations()).filteredOn(Interpolation::isRequired)
        .extracting(Interpolation::name).containsAll(ComposeFileTest.SECRETS);
  }

  @Test
  void turns_demo_data_on() {
    assertThat(demo.environment("app")).containsEntry("CLOSEDLOOP_DEMO_DATA", "true");
  }

  @Test
  void replaces_the_realm_without_demo_by_the_demo_realm() {
    assertThat(demo.volumes("keycloak")).containsExactly("./keycloak:/opt/keycloak/data/import:ro");
    assertThat(Path.of("docker", "keycloak", "closedloop-realm.json")).exists();
  }

  @Test
  void gives_the_app_and_postgres_the_same_database_password() {
    assertThat(demo.environment("app").get("SPRING_DATASOURCE_PASSWORD"))
        .isEqualTo(demo.environment("postgres").get("POSTGRES_PASSWORD"));
  }

  @Test
  void adds_no_service_but_the_mail_catcher_and_no_variable_but_the_mail_settings() {
    assertThat(override.services().keySet()).filteredOn(service -> !base.services().containsKey(service)).containsExactly("mailpit");
    for (String service : base.services().keySet()) {
      if (override.services().containsKey(service)) {
        assertThat(base.environment(service)).as("environment of %s", service)
            .containsKeys(override.environment(service).keySet().stream().filter(name -> !MAIL_SETTINGS.contains(name))
                .toArray(String[]::new));
      }
    }
  }

  @Test
  void sends_the_demos_mail_to_mailpit_which_has_a_health_check_and_shows_its_page() {
    assertThat(demo.environment("app")).containsEntry("SPRING_MAIL_HOST", "mailpit").containsEntry("SPRING_MAIL_PORT", "1025");
    assertThat(demo.service("mailpit")).containsKey("healthcheck");
    assertThat(demo.service("mailpit").get("ports")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("8025:8025");
  }
}
