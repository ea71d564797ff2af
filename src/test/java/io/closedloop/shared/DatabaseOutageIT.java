package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Intake while the application cannot get a database connection. Stopping the embedded PostgreSQL
 * would break the context every integration test shares, so the test takes every connection of the
 * application's own pool instead: the request then meets Hikari's real connection timeout, as it
 * would with a database that does not answer, and the connections go back afterwards.
 */
@IntegrationTest
class DatabaseOutageIT {

  @LocalServerPort
  int port;

  @Autowired
  HikariDataSource pool;

  @Autowired
  ObjectMapper json;

  @Test
  void intake_answers_503_with_retry_after_while_no_connection_can_be_had_and_stores_the_response_once_it_can() throws Exception {
    TestRestTemplate admin = Api.as("admin", port);
    assertThat(admin.getForEntity("/api/notifications", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> response = response();

    HttpResponse<String> during;
    List<Connection> taken = takeEveryConnection();
    try {
      during = postOnce(json.writeValueAsString(response));
    } finally {
      for (Connection connection : taken) {
        connection.close();
      }
    }

    assertThat(during.statusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
    assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(during.headers().firstValue("Retry-After")).hasValue(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    assertThat(during.body()).contains("retry").doesNotContain("Hikari", "closedloop -", "SQL", "Exception", "org.", "JPA");
    assertThat(admin.postForEntity("/api/responses", response, String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  /** Without the retry on 503 that the Apache client behind {@code TestRestTemplate} makes after {@code Retry-After}. */
  private HttpResponse<String> postOnce(String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/responses"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private List<Connection> takeEveryConnection() throws SQLException {
    List<Connection> taken = new ArrayList<>();
    for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
      taken.add(pool.getConnection());
    }
    return taken;
  }

  private static Map<String, Object> response() {
    String externalId = "outage-" + UUID.randomUUID();
    return Map.of("externalId", externalId, "score", 9, "customer", Map.of("externalId", "c-" + externalId, "name", "Ann Berg"));
  }
}
