package io.closedloop.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DetractorCaseTest {

  private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

  private DetractorCase openCase() {
    DetractorCase opened = DetractorCase.open(new OpenCase(UUID.randomUUID(), UUID.randomUUID(), 4, "slow", "website", null, null,
        null, null, null, now), false);
    opened.route("customer-service", Priority.NORMAL, now.plusSeconds(3600), null);
    return opened;
  }

  @Test
  void a_routed_case_without_an_account_owner_waits_in_the_team_queue() {
    DetractorCase routed = openCase();

    assertThat(routed.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(routed.getOwner()).isNull();
    assertThat(routed.getTeam()).isEqualTo("customer-service");
  }

  @Test
  void a_claimed_case_cannot_be_claimed_again() {
    DetractorCase claimed = openCase();
    claimed.claim("alice");

    assertThat(claimed.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThatThrownBy(() -> claimed.claim("bob")).isInstanceOf(CaseActionNotAllowed.class);
  }

  @Test
  void each_escalation_level_is_reached_once_and_never_after_the_customer_was_reached() {
    DetractorCase escalated = openCase();

    assertThat(escalated.escalateTo(1)).isTrue();
    assertThat(escalated.escalateTo(1)).isFalse();
    escalated.claim("alice");
    escalated.recordAttempt(true, now);
    assertThat(escalated.escalateTo(2)).isFalse();
    assertThat(escalated.getEscalationLevel()).isEqualTo(1);
  }

  @Test
  void the_reminder_is_sent_once_and_not_after_an_escalation() {
    DetractorCase reminded = openCase();
    assertThat(reminded.remind(now)).isTrue();
    assertThat(reminded.remind(now)).isFalse();

    DetractorCase escalated = openCase();
    escalated.escalateTo(1);
    assertThat(escalated.remind(now)).isFalse();
  }

  @Test
  void a_case_is_resolved_only_after_the_customer_was_reached_and_then_no_longer_changes() {
    DetractorCase worked = openCase();
    worked.claim("alice");
    assertThatThrownBy(() -> worked.resolve("price.too-high", Outcome.RECOVERED, "n", null, CloseTheLoopChannel.PHONE, now)).isInstanceOf(CaseActionNotAllowed.class);

    worked.recordAttempt(true, now);
    worked.resolve("price.too-high", Outcome.RECOVERED, "n", null, CloseTheLoopChannel.PHONE, now);

    assertThat(worked.getStatus()).isEqualTo(CaseStatus.RESOLVED);
    assertThatThrownBy(() -> worked.assign("bob")).isInstanceOf(CaseActionNotAllowed.class);
    assertThatThrownBy(() -> worked.recordAttempt(false, now)).isInstanceOf(CaseActionNotAllowed.class);
  }

  @Test
  void says_why_an_owned_case_cannot_be_claimed() {
    DetractorCase owned = openCase();
    assertThat(owned.whyCannotBeClaimed()).isEmpty();

    owned.claim("alice");

    assertThat(owned.whyCannotBeClaimed()).contains("The case is already owned by alice");
  }

  @Test
  void only_the_owner_logs_attempts_and_only_until_the_customer_is_reached() {
    DetractorCase worked = openCase();
    assertThat(worked.whyCannotLogAttempt("alice")).contains("Claim the case before logging contact attempts");

    worked.claim("alice");
    assertThat(worked.whyCannotLogAttempt("alice")).isEmpty();
    assertThat(worked.whyCannotLogAttempt("bob")).contains("Only the owner alice logs contact attempts");

    worked.recordAttempt(true, now);
    assertThat(worked.whyCannotLogAttempt("alice")).contains("The customer has already been reached; resolve the case");
  }

  @Test
  void only_the_owner_resolves_and_only_after_reaching_the_customer() {
    DetractorCase worked = openCase();
    worked.claim("alice");
    assertThat(worked.whyCannotResolve("alice")).contains("Log a contact attempt that reached the customer before resolving");

    worked.recordAttempt(true, now);
    assertThat(worked.whyCannotResolve("alice")).isEmpty();
    assertThat(worked.whyCannotResolve("bob")).contains("Only the owner alice resolves the case");

    worked.resolve("price.too-high", Outcome.RECOVERED, "n", null, CloseTheLoopChannel.PHONE, now);
    assertThat(worked.whyCannotResolve("alice")).contains("The case is RESOLVED and can no longer change");
    assertThat(worked.whyCannotBeClaimed()).contains("The case is RESOLVED and can no longer change");
  }

  @Test
  void overdue_means_past_the_deadline_not_reached_and_not_closed() {
    DetractorCase late = openCase();

    assertThat(late.isOverdue(now)).isFalse();
    assertThat(late.isOverdue(now.plusSeconds(3601))).isTrue();
    late.claim("alice");
    late.recordAttempt(true, now.plusSeconds(4000));
    assertThat(late.isOverdue(now.plusSeconds(5000))).isFalse();
  }
}
