package io.closedloop.ideas;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.closedloop.nps.Nps;
import java.math.BigDecimal;
import java.time.Instant;

/** The NPS of the responses answered from {@code from} (inclusive) to {@code to} (exclusive). */
public record NpsWindow(Instant from, Instant to, @JsonUnwrapped Nps counted) {

  @JsonProperty("responses")
  public long responses() {
    return counted.responses();
  }

  /** With one decimal, null when nobody answered in the window. */
  @JsonProperty("nps")
  public BigDecimal score() {
    return counted.oneDecimal();
  }
}
