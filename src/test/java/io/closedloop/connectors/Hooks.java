package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Registers sources through the API as the admin and delivers webhooks to them over real HTTP, as a survey tool does. */
final class Hooks {

  static final ObjectMapper JSON = new ObjectMapper();

  private final int port;

  Hooks(int port) {
    this.port = port;
  }

  /** A new source of {@code kind}; answers its id, url and secret. */
  Registered register(String kind, Object mapping, String secret) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("name", kind + " " + UUID.randomUUID().toString().substring(0, 8));
    body.put("kind", kind);
    if (mapping != null) {
      body.put("mapping", mapping);
    }
    if (secret != null) {
      body.put("secret", secret);
    }
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/sources", body, Map.class);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return new Registered(UUID.fromString((String) created.getBody().get("id")), (String) created.getBody().get("url"),
        (String) created.getBody().get("secret"));
  }

  /** Posts {@code body} to the source's hook with Standard Webhooks headers signed with {@code secret} at {@code timestamp}. */
  HttpResponse<String> standard(UUID source, String secret, String messageId, Instant timestamp, String body) {
    Map<String, List<String>> headers = WebhookSigner.standardHeaders(secret, messageId, timestamp.getEpochSecond(), body);
    return post(source, body, headers);
  }

  HttpResponse<String> typeform(UUID source, String secret, String body) {
    return post(source, body, WebhookSigner.typeformHeaders(secret, body));
  }

  HttpResponse<String> post(UUID source, String body, Map<String, List<String>> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hooks/" + source))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A registered source. */
  record Registered(UUID id, String url, String secret) {}
}
