package io.closedloop.metrics.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.metrics.GroupBy;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CaseFactColumnsTest {

  final CaseFactColumns facts = new CaseFactColumns();

  @Test
  void a_case_put_again_replaces_its_slot_instead_of_taking_a_new_one() {
    UUID caseId = UUID.randomUUID();
    facts.put(fact(caseId, 10, "billing", 0));
    facts.put(fact(caseId, 11, "billing", CaseFactColumns.CLOSED));

    assertThat(facts.size()).isEqualTo(1);
    assertThat(facts.day(0)).isEqualTo(11);
    assertThat(facts.is(CaseFactColumns.CLOSED, 0)).isTrue();
  }

  @Test
  void a_removed_case_gives_its_slot_to_the_last_case_which_can_still_be_replaced() {
    UUID first = UUID.randomUUID();
    UUID last = UUID.randomUUID();
    facts.put(fact(first, 1, "billing", 0));
    facts.put(fact(UUID.randomUUID(), 2, "billing", 0));
    facts.put(fact(last, 3, "store", CaseFactColumns.ESCALATED));

    facts.remove(first);
    facts.put(fact(last, 4, "store", CaseFactColumns.ESCALATED));

    assertThat(facts.size()).isEqualTo(2);
    assertThat(facts.day(0)).isEqualTo(4);
    assertThat(facts.name(facts.cut(GroupBy.TEAM, 0))).isEqualTo("store");
    assertThat(facts.is(CaseFactColumns.ESCALATED, 0)).isTrue();
  }

  @Test
  void codes_are_interned_once_with_zero_for_none_and_minus_one_for_a_code_no_case_has() {
    facts.put(fact(UUID.randomUUID(), 1, "billing", 0));
    facts.put(fact(UUID.randomUUID(), 1, "billing", 0));

    assertThat(facts.codeOf("")).isZero();
    assertThat(facts.cut(GroupBy.TEAM, 0)).isEqualTo(facts.cut(GroupBy.TEAM, 1)).isEqualTo(facts.codeOf("billing"));
    assertThat(facts.codeOf("nobody's team")).isEqualTo(-1);
    assertThat(facts.codes()).isGreaterThan(facts.codeOf("billing"));
  }

  @Test
  void holds_more_cases_than_its_first_capacity() {
    IntStream.range(0, 5_000).forEach(day -> facts.put(fact(UUID.randomUUID(), day, "team-" + day % 7, 0)));

    assertThat(facts.size()).isEqualTo(5_000);
    assertThat(facts.day(4_999)).isEqualTo(4_999);
    assertThat(facts.name(facts.cut(GroupBy.TEAM, 4_999))).isEqualTo("team-" + 4_999 % 7);
  }

  private static CaseFact fact(UUID caseId, int day, String team, int flags) {
    return new CaseFact(caseId, day, team, "", "website", "", "", "DK", "", CaseFactColumns.NO_INSTANT_AFTER,
        CaseFactColumns.NO_INSTANT_BEFORE, Double.NaN, Double.NaN, flags);
  }
}
