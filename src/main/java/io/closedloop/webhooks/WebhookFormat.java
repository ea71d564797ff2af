package io.closedloop.webhooks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The body an endpoint receives: the Standard Webhooks JSON envelope ({@code type}, {@code timestamp},
 * {@code data}), a Slack incoming-webhook message ({@code text}), or a Teams message carrying an
 * Adaptive Card (for a Teams Workflows webhook). Every format is signed alike.
 */
public enum WebhookFormat {
  STANDARD, SLACK, TEAMS;

  static Optional<WebhookFormat> of(String name) {
    return Arrays.stream(values()).filter(format -> format.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
  }
}
