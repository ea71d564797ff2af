package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.intake.NewResponse.CustomerDetails;
import org.junit.jupiter.api.Test;

class CustomerDifferencesTest {

  private static final CustomerDetails KNOWN = new CustomerDetails("C-1", "Mette Hansen", "mette@example.com", null, "retail",
      ServicePreference.RELATIONAL, "alice");

  @Test
  void keeping_existing_details_records_each_difference_as_not_applied_and_keeps_the_known_values() {
    CustomerDetails incoming = new CustomerDetails("C-1", "Mallory", "mallory@example.com", null, null, null, "bob");

    assertThat(CustomerDifferences.between(KNOWN, incoming, CustomerUpdates.KEEP_EXISTING)).containsExactly(
        new CustomerChange("name", "Mette Hansen", "Mallory", false),
        new CustomerChange("email", "mette@example.com", "mallory@example.com", false),
        new CustomerChange("accountOwner", "alice", "bob", false));
    assertThat(CustomerDifferences.kept(KNOWN, incoming, CustomerUpdates.KEEP_EXISTING)).isEqualTo(KNOWN);
  }

  @Test
  void applying_details_records_each_difference_as_applied_and_takes_the_new_values() {
    CustomerDetails incoming = new CustomerDetails("C-1", "Mette Jensen", null, null, null, ServicePreference.FACTUAL, null);

    assertThat(CustomerDifferences.between(KNOWN, incoming, CustomerUpdates.APPLY)).containsExactly(
        new CustomerChange("name", "Mette Hansen", "Mette Jensen", true),
        new CustomerChange("servicePreference", "RELATIONAL", "FACTUAL", true));
    assertThat(CustomerDifferences.kept(KNOWN, incoming, CustomerUpdates.APPLY)).isEqualTo(new CustomerDetails("C-1",
        "Mette Jensen", "mette@example.com", null, "retail", ServicePreference.FACTUAL, "alice"));
  }

  @Test
  void a_missing_detail_is_filled_in_even_when_keeping_existing_details() {
    CustomerDetails incoming = new CustomerDetails("C-1", null, null, "+45 12 34 56 78", null, null, null);

    assertThat(CustomerDifferences.between(KNOWN, incoming, CustomerUpdates.KEEP_EXISTING))
        .containsExactly(new CustomerChange("phone", null, "+45 12 34 56 78", true));
    assertThat(CustomerDifferences.kept(KNOWN, incoming, CustomerUpdates.KEEP_EXISTING).phone()).isEqualTo("+45 12 34 56 78");
  }

  @Test
  void the_same_or_absent_details_are_no_difference() {
    CustomerDetails incoming = new CustomerDetails("C-1", "Mette Hansen", null, null, "retail", null, null);

    assertThat(CustomerDifferences.between(KNOWN, incoming, CustomerUpdates.APPLY)).isEmpty();
  }
}
