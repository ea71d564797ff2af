package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Walks the "Machine clients" table of {@code docs/security.md}: every row as a client holding one
 * scope, and as a revoked client, each with its bearer token, asserting the exact status.
 */
@IntegrationTest
class ClientPermissionMatrixIT {

  static final List<String> COLUMNS = List.of("responses:write", "metrics:read", "cases:read", "metrics:scrape", "revoked");

  @LocalServerPort
  int port;

  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> every_client_gets_exactly_the_status_the_table_gives() throws IOException {
    return PermissionMatrixIT.rows("client-matrix").stream().flatMap(row -> COLUMNS.stream().map(column -> DynamicTest.dynamicTest(
        row.method() + " " + row.path() + " as " + column + " -> " + row.expected().get(column),
        () -> assertThat(statusOf(row, column)).as("%s %s as %s", row.method(), row.path(), column).isEqualTo(row.expected().get(column)))));
  }

  @Test
  void the_table_covers_every_scope_and_names_each_request_once() throws IOException {
    List<PermissionMatrixIT.Row> rows = PermissionMatrixIT.rows("client-matrix");
    assertThat(rows).hasSizeGreaterThan(10);
    assertThat(rows).allSatisfy(row -> assertThat(row.expected()).containsOnlyKeys(COLUMNS));
    assertThat(Stream.of(ClientScope.values()).map(ClientScope::scope)).allMatch(COLUMNS::contains);
  }

  private int statusOf(PermissionMatrixIT.Row row, String column) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + row.path()))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + tokens.computeIfAbsent(column, this::tokenOf))
        .method(row.method(), row.body().isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(row.body()));
    if (!row.body().isEmpty()) {
      request.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String tokenOf(String column) {
    List<String> scopes = column.equals("revoked") ? Stream.of(ClientScope.values()).map(ClientScope::scope).toList() : List.of(column);
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/clients",
        Map.of("name", "matrix " + column + " " + UUID.randomUUID().toString().substring(0, 8), "scopes", scopes), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    if (column.equals("revoked")) {
      Api.as("admin", port).exchange("/api/clients/" + created.getBody().get("id"), HttpMethod.DELETE, HttpEntity.EMPTY, Void.class);
    }
    return (String) created.getBody().get("token");
  }
}
