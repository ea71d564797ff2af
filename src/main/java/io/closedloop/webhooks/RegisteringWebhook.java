package io.closedloop.webhooks;

import io.closedloop.settings.SettingsAudit;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin registers a webhook endpoint: its URL, the events it hears of and its format; its secret
 * is answered once. The settings audit records it, without the secret.
 */
@Service
public class RegisteringWebhook {

  private final EndpointRecords endpoints;
  private final SettingsAudit audit;
  private final Clock clock;

  RegisteringWebhook(EndpointRecords endpoints, SettingsAudit audit, Clock clock) {
    this.endpoints = endpoints;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public WebhookRegistered register(RegisterWebhook command) {
    List<FieldError> errors = new ArrayList<>();
    String url = command.url() == null ? null : command.url().strip();
    EndpointUrl.whyNot(url).ifPresent(why -> errors.add(new FieldError("url", why)));
    Set<WebhookEvent> events = new LinkedHashSet<>();
    if (command.events() == null || command.events().isEmpty()) {
      errors.add(new FieldError("events", "must name at least one of " + WebhookEvent.codes()));
    } else {
      for (String code : command.events()) {
        WebhookEvent.ofCode(code == null ? "" : code.strip()).ifPresentOrElse(events::add,
            () -> errors.add(new FieldError("events", "holds an unknown event; known are " + WebhookEvent.codes())));
      }
    }
    WebhookFormat format = command.format() == null || command.format().isBlank() ? WebhookFormat.STANDARD
        : WebhookFormat.of(command.format()).orElse(null);
    if (format == null) {
      errors.add(new FieldError("format", "must be one of STANDARD, SLACK, TEAMS"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.stream().distinct().toList());
    }
    List<WebhookEvent> subscribed = WebhookEvent.subscribable().stream().filter(events::contains).toList();
    Endpoint endpoint = new Endpoint(UUID.randomUUID(), url, subscribed, format, EndpointSecret.generate(), clock.instant(),
        command.by(), null, null);
    endpoints.insert(endpoint);
    audit.record(Endpoint.SETTINGS_PAGE, command.by(), endpoint.auditSubject(), null, endpoint.auditText());
    return new WebhookRegistered(endpoint.id(), url, subscribed.stream().map(WebhookEvent::code).toList(), format, endpoint.secret(),
        endpoint.createdAt());
  }

  /** A new endpoint as an admin describes it; {@code format} null for the Standard Webhooks envelope. */
  public record RegisterWebhook(String url, List<String> events, String format, String by) {}

  /** The new endpoint with its signing secret: the only time the secret is shown. */
  public record WebhookRegistered(UUID id, String url, List<String> events, WebhookFormat format, String secret, Instant createdAt) {}
}
