package io.closedloop.customermail;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.shared.FieldError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void fills_each_named_placeholder_and_leaves_unknown_braces_as_written() {
    String filled = Placeholders.fill("Dear {customerName}, {agentName} here about {other} and $1 {customerName}",
        Map.of("customerName", "Kim $1 \\ Kunde", "agentName", "Alice"));

    assertThat(filled).isEqualTo("Dear Kim $1 \\ Kunde, Alice here about {other} and $1 Kim $1 \\ Kunde");
  }

  @Test
  void names_each_placeholder_a_kind_does_not_know_with_the_field_it_is_in() {
    assertThat(Placeholders.unknown(MailKind.CLOSE_THE_LOOP, "body", "Hi {customerName}, see {surveyLink} and {price}"))
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("body", "uses {surveyLink}, which is not one of [{customerName}, {agentName}, "
                + "{companyName}, {caseReference}, {resolution}]"),
            org.assertj.core.groups.Tuple.tuple("body", "uses {price}, which is not one of [{customerName}, {agentName}, "
                + "{companyName}, {caseReference}, {resolution}]"));
    assertThat(Placeholders.unknown(MailKind.RE_SURVEY, "subject", "One question for {customerName} from {companyName}")).isEmpty();
  }
}
