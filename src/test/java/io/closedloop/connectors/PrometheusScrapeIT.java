package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Prometheus scrapes ClosedLoop with a metrics:scrape client (or an admin), and reads the loop's own figures beside the JVM's. */
@IntegrationTest
class PrometheusScrapeIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_scrape_client_reads_http_jvm_pool_job_executor_and_closedloop_meters() {
    Clients clients = new Clients(port);
    String token = clients.create("metrics:scrape").token();

    HttpResponse<String> scraped = clients.get("/actuator/prometheus", token);

    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.body()).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes", "hikaricp_connections_active",
        "camunda_jobs_acquired_total", "camunda_jobs_executed_total", "camunda_jobs_failed_total", "camunda_jobs_backlog",
        "camunda_jobs_without_retries", "closedloop_cases_open", "closedloop_cases_overdue", "closedloop_escalations_today",
        "closedloop_outbox_backlog{application=\"closedloop\",channel=\"mail\"}", "closedloop_outbox_dead_letters",
        "closedloop_deliveries_dead_letters");
  }

  @Test
  void every_metric_the_grafana_dashboard_plots_is_in_the_scrape() throws Exception {
    Clients clients = new Clients(port);
    String scrape = clients.get("/actuator/prometheus", clients.create("metrics:scrape").token()).body();
    Matcher metric = Pattern.compile("\\b((?:closedloop|camunda|http|hikaricp|jvm)_[a-z_]+)\\b")
        .matcher(Files.readString(Path.of("docker", "grafana", "closedloop.json")));
    List<String> plotted = new ArrayList<>();
    while (metric.find()) {
      plotted.add(metric.group(1));
    }

    assertThat(plotted).hasSizeGreaterThan(10);
    assertThat(plotted).allSatisfy(name -> assertThat(scrape).as(name).containsPattern("(?m)^" + name + "[{ ]"));
  }

  @Test
  void the_open_cases_gauge_counts_what_the_database_holds() {
    Clients clients = new Clients(port);
    String token = clients.create("metrics:scrape").token();
    Detractors.newCase(port, 2, "Nobody called", "Gauge Kunde");
    long open = jdbc.sql("select count(*) from detractor_case where status in ('OPEN', 'IN_PROGRESS')").query(Long.class).single();

    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(gauge(clients.get("/actuator/prometheus", token).body(), "closedloop_cases_open"))
            .isGreaterThanOrEqualTo(open));
  }

  @Test
  void an_admin_scrapes_with_a_password_and_an_agent_is_refused() {
    ResponseEntity<String> admin = Api.as("admin", port).getForEntity("/actuator/prometheus", String.class);
    ResponseEntity<String> agent = Api.as("alice", port).getForEntity("/actuator/prometheus", String.class);

    assertThat(admin.getStatusCode().value()).isEqualTo(200);
    assertThat(admin.getBody()).contains("closedloop_cases_open");
    assertThat(agent.getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void liveness_holds_without_the_database_and_readiness_asks_the_database_and_the_job_executor() {
    ResponseEntity<String> liveness = Api.anonymous(port).getForEntity("/actuator/health/liveness", String.class);
    ResponseEntity<String> readiness = Api.anonymous(port).getForEntity("/actuator/health/readiness", String.class);

    assertThat(liveness.getStatusCode().value()).isEqualTo(200);
    assertThat(readiness.getStatusCode().value()).isEqualTo(200);
    assertThat(readiness.getBody()).contains("\"db\"", "\"jobExecutor\"", "\"readinessState\"");
    assertThat(liveness.getBody()).doesNotContain("\"db\"");
  }

  private static double gauge(String scrape, String name) {
    Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*} ([0-9.E+-]+)$").matcher(scrape);
    assertThat(value.find()).as(name + " in the scrape").isTrue();
    return Double.parseDouble(value.group(1));
  }
}
