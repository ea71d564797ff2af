package io.closedloop.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an endpoint can hear of, by the name receivers see in {@code type}; {@code ping} is only the test an admin sends. */
public enum WebhookEvent {
  CASE_OPENED("case.opened"),
  CASE_ALARM("case.alarm"),
  CASE_ESCALATED("case.escalated"),
  CASE_RESOLVED("case.resolved"),
  IDEA_SELECTED("idea.selected"),
  IDEA_DONE("idea.done"),
  PING("ping");

  private final String code;

  WebhookEvent(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The events an endpoint may subscribe to: all but the test. */
  public static List<WebhookEvent> subscribable() {
    return Arrays.stream(values()).filter(event -> event != PING).toList();
  }

  public static Optional<WebhookEvent> ofCode(String code) {
    return subscribable().stream().filter(event -> event.code.equals(code)).findFirst();
  }

  static String codes() {
    return String.join(", ", subscribable().stream().map(WebhookEvent::code).toList());
  }
}
