package io.closedloop.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.closedloop.nps.Nps;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NpsWindowTest {

  private final Instant from = Instant.parse("2026-01-01T00:00:00Z");
  private final Instant to = Instant.parse("2026-02-12T00:00:00Z");

  @Test
  void shows_the_window_its_counts_and_the_score_with_one_decimal() {
    JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(new NpsWindow(from, to, new Nps(2, 0, 1)));

    assertThat(json.get("responses").asLong()).isEqualTo(3);
    assertThat(json.get("promoters").asLong()).isEqualTo(2);
    assertThat(json.get("detractors").asLong()).isEqualTo(1);
    assertThat(json.get("nps").decimalValue()).isEqualByComparingTo("33.3");
    assertThat(json.has("from")).isTrue();
    assertThat(json.has("counted")).isFalse();
  }

  @Test
  void has_no_score_when_nobody_answered_in_the_window() {
    assertThat(new NpsWindow(from, to, Nps.NONE).score()).isNull();
    assertThat(new NpsWindow(from, to, Nps.NONE).responses()).isZero();
  }
}
