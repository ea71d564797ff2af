package io.closedloop.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.docker.ComposeFile.Interpolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker/compose.cluster.yaml} cannot be run here (no Docker engine), so this checks what can
 * be: two nodes on one database behind a load balancer that checks each node's readiness, every
 * service with a health check, every secret required, and every setting of the nodes binding to a
 * property the application reads.
 */
class ClusterComposeFileTest {

  static final Path PATH = Path.of("docker", "compose.cluster.yaml");
  static final Path BALANCER_CONFIG = Path.of("docker", "haproxy", "haproxy.cfg");
  static final List<String> NODES = List.of("app-1", "app-2");

  static ComposeFile cluster;
  static ApplicationProperties properties;

  @BeforeAll
  static void readComposeFile() throws IOException {
    cluster = ComposeFile.read(PATH);
    properties = ApplicationProperties.of(Path.of("src", "main", "resources"));
  }

  @Test
  void runs_two_nodes_a_load_balancer_postgresql_keycloak_and_mailpit() {
    assertThat(cluster.services()).containsOnlyKeys("app-1", "app-2", "loadbalancer", "postgres", "keycloak", "mailpit");
    assertThat(cluster.service("loadbalancer")).containsEntry("image", "haproxy:3.2");
    assertThat(cluster.service("postgres")).containsEntry("image", "postgres:17");
  }

  @ParameterizedTest
  @ValueSource(strings = {"app-1", "app-2", "loadbalancer", "postgres", "keycloak", "mailpit"})
  void every_service_has_a_health_check(String service) {
    assertThat(cluster.service(service)).containsKey("healthcheck");
  }

  @Test
  void the_nodes_run_one_image_on_one_database_each_on_a_port_of_its_own() {
    assertThat(NODES).extracting(node -> cluster.service(node).get("image")).containsOnly("closedloop:latest");
    assertThat(NODES).extracting(node -> cluster.environment(node).get("SPRING_DATASOURCE_URL"))
        .containsOnly("jdbc:postgresql://postgres:5432/closedloop");
    assertThat(NODES).extracting(node -> cluster.environment(node).get("SERVER_PORT")).doesNotHaveDuplicates().doesNotContainNull();
  }

  @Test
  void each_node_reports_ready_on_its_own_port() {
    for (String node : NODES) {
      String port = cluster.environment(node).get("SERVER_PORT");
      assertThat(cluster.service(node).get("healthcheck").toString()).as(node).contains("localhost:" + port + "/actuator/health/readiness");
    }
  }

  @Test
  void the_load_balancer_sends_to_every_node_while_its_readiness_passes() throws IOException {
    String config = Files.readString(BALANCER_CONFIG);
    Matcher server = Pattern.compile("(?m)^\\s*server (\\S+) 127\\.0\\.0\\.1:(\\d+) check$").matcher(config);
    Map<String, String> servers = new java.util.LinkedHashMap<>();
    while (server.find()) {
      servers.put(server.group(1), server.group(2));
    }

    assertThat(config).contains("option httpchk GET /actuator/health/readiness", "balance roundrobin").doesNotContain("cookie ");
    assertThat(servers).containsOnlyKeys(NODES.toArray(String[]::new));
    NODES.forEach(node -> assertThat(servers.get(node)).as(node).isEqualTo(cluster.environment(node).get("SERVER_PORT")));
    assertThat(cluster.volumes("loadbalancer")).containsExactly("./haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
  }

  @Test
  void requires_the_same_secrets_as_the_single_node_file_with_a_message_for_each() {
    List<Interpolation> required = cluster.interpolations().stream().filter(Interpolation::isRequired).toList();

    assertThat(required).extracting(Interpolation::name).containsOnlyElementsOf(ComposeFileTest.SECRETS)
        .containsAll(ComposeFileTest.SECRETS);
    assertThat(required).allSatisfy(secret -> assertThat(secret.message()).as(secret.name()).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"app-1", "app-2"})
  void every_setting_of_a_node_binds_to_a_property_the_application_reads(String node) {
    assertThat(cluster.environment(node).keySet()).as("settings of %s that bind to no property", node)
        .filteredOn(variable -> !properties.binds(variable))
        .isEmpty();
  }
}
