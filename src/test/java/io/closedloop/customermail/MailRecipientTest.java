package io.closedloop.customermail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailRecipientTest {

  @Test
  void a_customer_who_opted_out_is_refused_for_that_reason_even_with_an_address() {
    MailRecipient optedOut = new MailRecipient(UUID.randomUUID(), "Kim", "kim@example.com", "da", null, true);

    assertThat(optedOut.canBeMailed()).isFalse();
    assertThat(optedOut.whyNot()).contains(MailRecipient.Refusal.OPTED_OUT);
  }

  @Test
  void a_blank_address_is_no_address_and_a_present_one_may_be_mailed() {
    assertThat(new MailRecipient(UUID.randomUUID(), "Kim", " ", "en", null, false).whyNot()).contains(MailRecipient.Refusal.NO_EMAIL);
    assertThat(new MailRecipient(UUID.randomUUID(), "Kim", "kim@example.com", "en", null, false).canBeMailed()).isTrue();
  }
}
