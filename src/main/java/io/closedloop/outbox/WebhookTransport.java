package io.closedloop.outbox;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Calls webhook endpoints the Standard Webhooks way: {@code webhook-id} (the same at every attempt),
 * {@code webhook-timestamp} (this attempt's) and {@code webhook-signature} ({@code v1,} and the
 * HMAC-SHA256 of {@code id.timestamp.body} keyed by the endpoint's secret), signed by the
 * specification's own library. A 2xx answer is delivered; anything else, or no answer within ten
 * seconds, is a failed attempt.
 */
@Component
class WebhookTransport implements Transport {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Optional<WebhookSecrets> secrets;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  WebhookTransport(Optional<WebhookSecrets> secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public Attempt send(OutboxMessage message) {
    Optional<String> secret = secrets.flatMap(known -> known.secretOf(message.endpointId()));
    if (secret.isEmpty()) {
      return Attempt.failed(null, "The endpoint was removed");
    }
    try {
      long timestamp = clock.instant().getEpochSecond();
      String signature = new Webhook(secret.get()).sign(message.webhookId(), timestamp, message.body());
      HttpRequest request = HttpRequest.newBuilder(URI.create(message.recipient())).timeout(TIMEOUT)
          .header("content-type", message.contentType())
          .header("user-agent", "ClosedLoop-Webhooks")
          .header("webhook-id", message.webhookId())
          .header("webhook-timestamp", Long.toString(timestamp))
          .header("webhook-signature", signature)
          .POST(HttpRequest.BodyPublishers.ofString(message.body())).build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return status / 100 == 2 ? Attempt.sent(status) : Attempt.failed(status, "The endpoint answered " + status);
    } catch (IOException | IllegalArgumentException | WebhookSigningException e) {
      return Attempt.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Attempt.failed(null, "Interrupted");
    }
  }
}
