package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Machine clients made by the admin through the API, and requests sent with their bearer tokens. */
final class Clients {

  private final int port;

  Clients(int port) {
    this.port = port;
  }

  /** A new client with these scopes; answers its id and token. */
  Created create(String... scopes) {
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/clients",
        Map.of("name", "client " + UUID.randomUUID().toString().substring(0, 8), "scopes", List.of(scopes)), Map.class);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return new Created(UUID.fromString((String) created.getBody().get("id")), (String) created.getBody().get("name"),
        (String) created.getBody().get("token"));
  }

  HttpResponse<String> send(String method, String path, String token, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String token) {
    return send("GET", path, token, null, null);
  }

  HttpResponse<String> postJson(String path, String token, String json) {
    return send("POST", path, token, "application/json", json);
  }

  /** A client just created, with the token shown that once. */
  record Created(UUID id, String name, String token) {}
}
