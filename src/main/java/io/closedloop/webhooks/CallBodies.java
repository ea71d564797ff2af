package io.closedloop.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a call in an endpoint's format: the Standard Webhooks envelope
 * {@code {"type", "timestamp", "data"}}; a Slack message {@code {"text"}} in Slack's mrkdwn with the
 * link; or a Teams message whose attachment is an Adaptive Card with the line, the facts and a
 * button to the page, as a Teams Workflows webhook takes it.
 */
final class CallBodies {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

  private CallBodies() {}

  static String of(WebhookFormat format, Occurrence occurrence) {
    Object body = switch (format) {
      case STANDARD -> standard(occurrence);
      case SLACK -> Map.of("text", slackText(occurrence));
      case TEAMS -> teams(occurrence);
    };
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A webhook body could not be written", e);
    }
  }

  private static Map<String, Object> standard(Occurrence occurrence) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", occurrence.event().code());
    body.put("timestamp", occurrence.at().toString());
    body.put("data", occurrence.data());
    return body;
  }

  static String slackText(Occurrence occurrence) {
    return "*" + slackEscaped(occurrence.headline()) + "*\n" + slackEscaped(occurrence.line()) + "\n<" + occurrence.url() + "|"
        + slackEscaped(occurrence.linkText()) + ">";
  }

  /** Slack reads {@code &}, {@code <} and {@code >} as markup, so text written by people (an idea's title) has them escaped. */
  private static String slackEscaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Map<String, Object> teams(Occurrence occurrence) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    card.put("body", List.of(
        Map.of("type", "TextBlock", "text", occurrence.headline(), "weight", "Bolder", "size", "Medium", "wrap", true),
        Map.of("type", "TextBlock", "text", occurrence.line(), "wrap", true),
        Map.of("type", "FactSet", "facts", facts(occurrence))));
    card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title", occurrence.linkText(), "url", occurrence.url())));
    Map<String, Object> attachment = new LinkedHashMap<>();
    attachment.put("contentType", ADAPTIVE_CARD);
    attachment.put("contentUrl", null);
    attachment.put("content", card);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "message");
    message.put("attachments", List.of(attachment));
    return message;
  }

  /** The data a person reads: everything with a value but the ids and the link, under a label made of its name. */
  private static List<Map<String, String>> facts(Occurrence occurrence) {
    List<Map<String, String>> facts = new ArrayList<>();
    occurrence.data().forEach((key, value) -> {
      if (value != null && !key.endsWith("Id") && !key.equals("url")) {
        facts.add(Map.of("title", label(key), "value", value.toString()));
      }
    });
    return facts;
  }

  private static String label(String key) {
    String words = key.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
