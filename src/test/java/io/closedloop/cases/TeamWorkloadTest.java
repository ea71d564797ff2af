package io.closedloop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamWorkloadTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant END_OF_TODAY = Instant.parse("2026-03-02T23:00:00Z");

  @Test
  void counts_open_due_today_overdue_and_escalated_cases_per_owner_and_keeps_the_queue_apart() {
    List<CaseSummary> cases = List.of(
        summary("alice", NOW.plus(Duration.ofHours(2)), false, 0),
        summary("alice", NOW.minus(Duration.ofHours(1)), true, 1),
        summary("alice", NOW.plus(Duration.ofDays(2)), false, 0),
        summary(null, NOW.plus(Duration.ofHours(3)), false, 0),
        summary("carl", NOW.plus(Duration.ofDays(1)), false, 2));

    TeamWorkload workload = TeamWorkload.of(List.of("alice", "bob"), cases, NOW, END_OF_TODAY);

    assertThat(workload.owners()).containsExactly(
        new TeamWorkload.Row("alice", 3, 1, 1, 1, 0),
        new TeamWorkload.Row("bob", 0, 0, 0, 0, 0),
        new TeamWorkload.Row("carl", 1, 0, 0, 1, 0));
    assertThat(workload.queue()).isEqualTo(new TeamWorkload.Row(null, 1, 1, 0, 0, 0));
  }

  @Test
  void tells_cases_overdue_to_resolve_from_cases_overdue_to_call_back_and_counts_resolution_deadlines_due_today() {
    List<CaseSummary> cases = List.of(
        summary("alice", NOW.minus(Duration.ofHours(1)), true, 0),
        reached("alice", NOW.minus(Duration.ofHours(2)), true, 1),
        reached("alice", NOW.plus(Duration.ofHours(4)), false, 0),
        reached("bob", NOW.plus(Duration.ofDays(3)), false, 0));

    TeamWorkload workload = TeamWorkload.of(List.of("alice", "bob"), cases, NOW, END_OF_TODAY);

    assertThat(workload.owners()).containsExactly(
        new TeamWorkload.Row("alice", 3, 1, 1, 1, 1),
        new TeamWorkload.Row("bob", 1, 0, 0, 0, 0));
  }

  private static CaseSummary reached(String owner, Instant resolutionDue, boolean overdue, int resolutionLevel) {
    return new CaseSummary(UUID.randomUUID(), UUID.randomUUID(), CaseStatus.IN_PROGRESS, owner, "team", Priority.NORMAL, false,
        NOW.minus(Duration.ofDays(2)), overdue, 0, NOW.minus(Duration.ofDays(3)), null, "web", 5, "Name", "ext",
        CasePhase.RESOLUTION, resolutionDue, resolutionLevel);
  }

  private static CaseSummary summary(String owner, Instant due, boolean overdue, int escalationLevel) {
    return new CaseSummary(UUID.randomUUID(), UUID.randomUUID(), owner == null ? CaseStatus.OPEN : CaseStatus.IN_PROGRESS, owner, "team",
        Priority.NORMAL, false, due, overdue, escalationLevel, NOW.minus(Duration.ofDays(1)), null, "web", 5, "Name", "ext",
        CasePhase.CALL_BACK, null, 0);
  }
}
