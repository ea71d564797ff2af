package io.closedloop.webhooks;

import static io.closedloop.webhooks.Occurrence.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallBodiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final UUID IDEA = UUID.fromString("3f1c2a7e-3c4b-4d0e-9a55-0b8f3f7f2d10");
  private static final Occurrence DONE = new Occurrence(WebhookEvent.IDEA_DONE, Instant.parse("2026-03-02T09:15:42Z"), null,
      fields("ideaId", IDEA, "title", "Callbacks <24h & no hold music", "horizon", io.closedloop.ideas.Horizon.SHORT_TERM,
          "touchpoint", null, "url", "https://closedloop.example.com/ideas"),
      "Idea done", "\u201CCallbacks <24h & no hold music\u201D (SHORT_TERM)", "https://closedloop.example.com/ideas", "Open the ideas");

  @Test
  void the_standard_envelope_carries_type_timestamp_and_all_the_data_nulls_included() throws Exception {
    JsonNode body = JSON.readTree(CallBodies.of(WebhookFormat.STANDARD, DONE));

    assertThat(body.fieldNames()).toIterable().containsExactly("type", "timestamp", "data");
    assertThat(body.path("type").asText()).isEqualTo("idea.done");
    assertThat(body.path("timestamp").asText()).isEqualTo("2026-03-02T09:15:42Z");
    assertThat(body.path("data").path("ideaId").asText()).isEqualTo(IDEA.toString());
    assertThat(body.path("data").path("horizon").asText()).isEqualTo("SHORT_TERM");
    assertThat(body.path("data").has("touchpoint")).isTrue();
    assertThat(body.path("data").path("touchpoint").isNull()).isTrue();
  }

  @Test
  void slack_gets_one_line_of_mrkdwn_with_peoples_text_escaped_and_the_link() throws Exception {
    JsonNode body = JSON.readTree(CallBodies.of(WebhookFormat.SLACK, DONE));

    assertThat(body.path("text").asText()).isEqualTo(
        "*Idea done*\n\u201CCallbacks &lt;24h &amp; no hold music\u201D (SHORT_TERM)\n<https://closedloop.example.com/ideas|Open the ideas>");
  }

  @Test
  void teams_gets_an_adaptive_card_whose_facts_leave_out_ids_links_and_empty_values() throws Exception {
    JsonNode card = JSON.readTree(CallBodies.of(WebhookFormat.TEAMS, DONE)).path("attachments").get(0).path("content");

    assertThat(card.path("body").get(2).path("type").asText()).isEqualTo("FactSet");
    assertThat(card.path("body").get(2).path("facts").findValuesAsText("title")).containsExactly("Title", "Horizon");
    assertThat(card.path("body").get(2).path("facts").get(0).path("value").asText()).isEqualTo("Callbacks <24h & no hold music");
    assertThat(card.path("actions").get(0).path("url").asText()).isEqualTo("https://closedloop.example.com/ideas");
  }
}
