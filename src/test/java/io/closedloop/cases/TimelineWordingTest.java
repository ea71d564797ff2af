package io.closedloop.cases;

import io.closedloop.shared.Wording;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.shared.Wording.Argument;
import io.closedloop.shared.Wording.Kind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineWordingTest {

  @Test
  void a_wording_read_back_from_its_stored_form_has_the_same_arguments_colons_and_all() {
    Wording wording = Wording.of("notReached").channel(Channel.PHONE).number(2).time(Instant.parse("2026-09-08T06:00:00Z"))
        .quote("Voicemail: call after 16:00");

    Wording read = Wording.parse(wording.key(), wording.stored());

    assertThat(read).isEqualTo(wording);
    assertThat(read.messageArguments()).containsExactly(new Argument(Kind.CHANNEL, "PHONE"), new Argument(Kind.NUMBER, "2"),
        new Argument(Kind.TIME, "2026-09-08T06:00:00Z"));
    assertThat(read.quoted()).isEqualTo("Voicemail: call after 16:00");
  }

  @Test
  void a_blank_note_is_no_quote() {
    assertThat(Wording.of("reached").channel(Channel.EMAIL).quote("  ").quoted()).isNull();
  }
}
